# One image for the Patchcord API and the Temporal worker; docker-compose.yml picks the command.
#   API:    node dist/src/cli/api.js     (the default CMD)
#   worker: node dist/src/cli/worker.js  (bundles dist/workflows/ with webpack at start)

# ---- build: compile TypeScript, build the designer, then drop dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app

# Dependencies first, so editing source does not invalidate the npm layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# Compiles TypeScript and copies the provider presets' data files (*.jsonata, fixtures) beside them.
RUN npm run build

# Designer web UI (designer/, a Vite app whose dependencies are the root's dev dependencies):
# type-checked and built to static files in designer/dist, which the API serves at /.
RUN npm run designer:build

RUN npm prune --omit=dev

# ---- runtime: compiled output and production dependencies only ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app

# Owned by root and only readable by the app user: the running process cannot rewrite its code.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/designer/dist ./designer/dist

USER node
EXPOSE 8080
CMD ["node", "dist/src/cli/api.js"]
