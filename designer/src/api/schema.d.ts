/**
 * Generated from the server's OpenAPI document by `npm run designer:api` (src/cli/openapi.ts).
 * Do not edit: change the route's zod schemas and regenerate; a unit test fails while this is stale.
 */

export interface paths {
    "/webhooks/{connectorId}/{secret}/call-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider sends a call log (complete or partial) (GET: the fields in the query string) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider sends a call log (complete or partial) (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/x-www-form-urlencoded": {
                        [key: string]: unknown;
                    };
                    "multipart/form-data": {
                        [key: string]: unknown;
                    };
                    "application/xml": {
                        [key: string]: unknown;
                    };
                    "text/plain": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{connectorId}/{secret}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider sends any of a call's events to one URL; the connector's events mapping names each one's kind (GET: the fields in the query string) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider sends any of a call's events to one URL; the connector's events mapping names each one's kind (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/x-www-form-urlencoded": {
                        [key: string]: unknown;
                    };
                    "multipart/form-data": {
                        [key: string]: unknown;
                    };
                    "application/xml": {
                        [key: string]: unknown;
                    };
                    "text/plain": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{connectorId}/{secret}/popup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider asks for an agent popup (incoming call) (GET: the fields in the query string) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider asks for an agent popup (incoming call) (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/x-www-form-urlencoded": {
                        [key: string]: unknown;
                    };
                    "multipart/form-data": {
                        [key: string]: unknown;
                    };
                    "application/xml": {
                        [key: string]: unknown;
                    };
                    "text/plain": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{connectorId}/{secret}/call-event": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider reports call progress (answered, hangup, or another event kind) (GET: the fields in the query string) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider reports call progress (answered, hangup, or another event kind) (POST: JSON, form fields urlencoded or multipart, raw JSON as a form, or XML) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                    "application/x-www-form-urlencoded": {
                        [key: string]: unknown;
                    };
                    "multipart/form-data": {
                        [key: string]: unknown;
                    };
                    "application/xml": {
                        [key: string]: unknown;
                    };
                    "text/plain": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Message: string;
                            ActivityId?: string;
                            CallSessionId: string | null;
                            Missing?: string[];
                            Events?: {
                                Kind: string;
                                ActivityId: string;
                                CallSessionId: string | null;
                                Fields: string[];
                                Missing: string[];
                            }[];
                        };
                    };
                };
                /** @description A mapped value is malformed (each problem named with its value), the event does not say which call it belongs to, or the body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The mapping failed (JSONata code and position) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Temporal did not take the event within 1 s (WORKFLOW_UNAVAILABLE), or the database is unreachable and the connector was not seen in the last hour (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{connectorId}/{secret}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Provider asks who should take this caller (call routing), with query parameters */
        get: {
            parameters: {
                query?: {
                    /** @description The caller's number ("%2b91…", "+91…" or national); also callerNumber, caller, phone, CallFrom, From, from */
                    SourceNumber?: unknown;
                    /** @description The virtual number dialled; also did, virtualNumber, CallTo, To, to */
                    DisplayNumber?: unknown;
                    /** @description The provider's call session id; also sessionId, CallSid, CallUUID, call_id */
                    CallSessionId?: unknown;
                };
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            AgentPhone: string | null;
                            AgentId: string | null;
                            AgentEmail: string | null;
                            Queue: string | null;
                            LeadId: string | null;
                            OpportunityId: string | null;
                            /** @enum {string} */
                            Reason: "lead-owner" | "opportunity-owner" | "fallback-agent" | "fallback-queue" | "no-match";
                        };
                    };
                };
                /** @description The caller's number is missing (or the mapped input is invalid), each problem named */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The route mapping failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The database is unreachable (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Provider asks who should take this caller (call routing), with a form or JSON body */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/x-www-form-urlencoded": {
                        [key: string]: unknown;
                    };
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            AgentPhone: string | null;
                            AgentId: string | null;
                            AgentEmail: string | null;
                            Queue: string | null;
                            LeadId: string | null;
                            OpportunityId: string | null;
                            /** @enum {string} */
                            Reason: "lead-owner" | "opportunity-owner" | "fallback-agent" | "fallback-queue" | "no-match";
                        };
                    };
                };
                /** @description The caller's number is missing (or the mapped input is invalid), each problem named */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or authentication header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Body over the size cap */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The route mapping failed */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The database is unreachable (DATABASE_UNAVAILABLE); retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a lead from the popup's new-lead form (owned by the agent) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        /** Format: email */
                        email?: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            fields: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: popups and call state for the signed-in agent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's state, presence (available or away) and current call (survives a reload) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "free" | "ringing" | "on-call" | "wrap-up";
                            /** @enum {string} */
                            presence: "available" | "away";
                            call?: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lead details, for its owner or (lead sharing) the agent on a call with it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            fields: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Not your lead and not on a call with you */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/lead-details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lead details by phone number or lead id (single sign-on clients) */
        get: {
            parameters: {
                query?: {
                    phone?: string;
                    leadId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            fields: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description Not your lead and not on a call with you */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/disposition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispose of a call: value, notes, comments, and the connector's follow-ups */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        workflowId: string;
                        value: string;
                        notes?: string;
                        comments?: string;
                        task?: {
                            title: string;
                            /** Format: date-time */
                            dueAt?: string;
                        };
                        customActivity?: {
                            note: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Refused by the connector’s disposition settings (a value not in its list, a missing mandatory follow-up) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not your call */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No such call */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The call already has a disposition, or is still starting */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Available or away: call routing never picks an agent who is away */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        presence: "available" | "away";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            presence: "available" | "away";
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent's own recent calls, newest first, with whether each still takes a disposition */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                workflowId: string;
                                connectorId: string;
                                direction: string | null;
                                status: string | null;
                                customerNumber: string | null;
                                virtualNumber: string | null;
                                leadId: string | null;
                                startTime: string | null;
                                durationSeconds: number | null;
                                /**
                                 * @description needed: the call still takes a disposition; given: it has one
                                 * @enum {string}
                                 */
                                disposition: "needed" | "given" | "none";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/disposition-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A connector's disposition values and the follow-ups their modes ask for (off, optional, mandatory) */
        get: {
            parameters: {
                query: {
                    connectorId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectorId: string;
                            connectorName: string;
                            values: string[];
                            requiredBeforeNextCall: boolean;
                            task: {
                                mode: string;
                            };
                            customActivity: {
                                mode: string;
                                type: string;
                            };
                        };
                    };
                };
                /** @description No such connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/panels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent panels the agent may see in or out of a call (connectors without teams, or with one of the agent's teams), URLs filled in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                title: string;
                                /** @description The panel URL with its mail-merge values filled in, each URL-encoded */
                                url: string;
                                width: number;
                                height: number;
                                permissions: string[];
                                showOnTop: boolean;
                                hideScaleButtons: boolean;
                                connectorId: string;
                                connectorName: string;
                                /** @description Whether the URL carries the current call's values */
                                onCall: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agent panel of the agent's call: the connector's iframe with the call's mail-merge values filled in */
        get: {
            parameters: {
                query: {
                    workflowId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description null: the connector has no panel, or it is not for the agent's teams */
                            panel: {
                                title: string;
                                /** @description The panel URL with its mail-merge values filled in, each URL-encoded */
                                url: string;
                                width: number;
                                height: number;
                                permissions: string[];
                                showOnTop: boolean;
                                hideScaleButtons: boolean;
                            } | null;
                        };
                    };
                };
                /** @description Not your call */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No such call */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/agent-panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A connector's agent panel: the iframe the agent console shows during the connector's calls */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default false */
                            enabled: boolean;
                            /**
                             * @description The iframe URL; mail-merge fields (@customerNumber, @{Lead:FirstName,}…) are URL-encoded
                             * @default
                             */
                            url: string;
                            /** @default Agent panel */
                            title: string;
                            /**
                             * @description pixels
                             * @default 400
                             */
                            width: number;
                            /**
                             * @description pixels
                             * @default 500
                             */
                            height: number;
                            /** @default [] */
                            permissions: ("microphone" | "camera" | "geolocation" | "autoplay" | "clipboard-read" | "clipboard-write" | "display-capture" | "fullscreen")[];
                            /**
                             * @description Shown above the call popup rather than beside it
                             * @default false
                             */
                            showOnTop: boolean;
                            /**
                             * @description No maximise/minimise buttons
                             * @default false
                             */
                            hideScaleButtons: boolean;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace a connector's agent panel (URL with mail-merge fields, title, size, iframe permissions) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default false */
                        enabled?: boolean;
                        /**
                         * @description The iframe URL; mail-merge fields (@customerNumber, @{Lead:FirstName,}…) are URL-encoded
                         * @default
                         */
                        url?: string;
                        /** @default Agent panel */
                        title?: string;
                        /**
                         * @description pixels
                         * @default 400
                         */
                        width?: number;
                        /**
                         * @description pixels
                         * @default 500
                         */
                        height?: number;
                        /** @default [] */
                        permissions?: ("microphone" | "camera" | "geolocation" | "autoplay" | "clipboard-read" | "clipboard-write" | "display-capture" | "fullscreen")[];
                        /**
                         * @description Shown above the call popup rather than beside it
                         * @default false
                         */
                        showOnTop?: boolean;
                        /**
                         * @description No maximise/minimise buttons
                         * @default false
                         */
                        hideScaleButtons?: boolean;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default false */
                            enabled: boolean;
                            /**
                             * @description The iframe URL; mail-merge fields (@customerNumber, @{Lead:FirstName,}…) are URL-encoded
                             * @default
                             */
                            url: string;
                            /** @default Agent panel */
                            title: string;
                            /**
                             * @description pixels
                             * @default 400
                             */
                            width: number;
                            /**
                             * @description pixels
                             * @default 500
                             */
                            height: number;
                            /** @default [] */
                            permissions: ("microphone" | "camera" | "geolocation" | "autoplay" | "clipboard-read" | "clipboard-write" | "display-capture" | "fullscreen")[];
                            /**
                             * @description Shown above the call popup rather than beside it
                             * @default false
                             */
                            showOnTop: boolean;
                            /**
                             * @description No maximise/minimise buttons
                             * @default false
                             */
                            hideScaleButtons: boolean;
                        };
                    };
                };
                /** @description Invalid settings (an unknown mail-merge field, a URL that is not http(s)) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{connectorId}/{secret}/sso": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Single sign-on: a short-lived session for an agent in the connector's teams or mapped to it (when the connector allows it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    connectorId: string;
                    secret: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        AgentId?: string;
                        AgentEmail?: string;
                        AgentPhone?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            Status: "Success";
                            Token: string;
                            ExpiresAt: string;
                        };
                    };
                };
                /** @description No agent given */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Wrong webhook secret or header */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Single sign-on is off for this connector */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No such agent, or not one of this connector's */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Too many requests from this address or for this connector */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/failed-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Failed steps across calls */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    skip?: number | null;
                    status?: "failed" | "retrying" | "skipped" | "resolved";
                    connectorId?: string;
                    step?: string;
                    olderThanMinutes?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: string;
                                workflowId: string;
                                connectorId: string | null;
                                step: string;
                                error: string;
                                errorType: string | null;
                                attempts: number;
                                input?: unknown;
                                /** @enum {string} */
                                status: "failed" | "retrying" | "skipped" | "resolved";
                                decidedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt?: string;
                                /** @description The workflow in the Temporal UI, when its address is configured */
                                temporalUiUrl: string | null;
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/failed-steps/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry or skip one failed step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "retry" | "skip";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stepId: string;
                            status: string;
                        };
                    };
                };
                /** @description No such step or call */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The step is not failed (already decided) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/failed-steps/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry or skip several failed steps */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        ids: string[];
                        /** @enum {string} */
                        action: "retry" | "skip";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string;
                                ok: boolean;
                                status?: string;
                                error?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/calls/{workflowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call's state and timeline: every event, decision and side effect in order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workflowId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            state: {
                                timeline: {
                                    at: string;
                                    /** @enum {string} */
                                    kind: "event" | "decision" | "effect" | "failure" | "ops";
                                    what: string;
                                    detail?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            } & {
                                [key: string]: unknown;
                            };
                            temporalUiUrl: string | null;
                        };
                    };
                };
                /** @description No such call */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ops/board/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events for the live board: `snapshot` (every active agent's state and current call), then `agent` (one agent's new state) as it changes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many boards are open on this server */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (sets a session cookie and returns a bearer token) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** Format: date-time */
                            expiresAt: string;
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "ops" | "agent";
                            };
                        };
                    };
                };
                /** @description Wrong email or password */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "ops" | "agent";
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/canonical-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The canonical call fields a mapping produces (complete: part of the default set a finished call must have), the mapping kinds and the event kinds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                name: string;
                                seedName: string;
                                /** @enum {string} */
                                type: "phone" | "string" | "datetime" | "integer" | "enum" | "url" | "object";
                                complete: boolean;
                                utc?: boolean;
                                values?: string[];
                                description: string;
                            }[];
                            kinds: {
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                segment: string;
                                label: string;
                                description: string;
                                callFields: boolean;
                                fields: {
                                    name: string;
                                    description: string;
                                    values?: string[];
                                }[];
                            }[];
                            eventKinds: string[];
                            /** @description What Patchcord sends to the agent's console, field by field, and which mapping kinds' deliveries raise it */
                            consoleEvents: {
                                type: string;
                                description: string;
                                raisedBy: ("callLog" | "events" | "popup" | "callEvent" | "route")[];
                                fields: {
                                    name: string;
                                    description: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mappings/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a mapping of one kind on a sample payload, with production's engine, limits and validation: per event, the fields it brings and those it leaves to other events */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        expression: string;
                        /**
                         * @description The mapping kind: which webhook the sample came to
                         * @default callLog
                         * @enum {string}
                         */
                        kind?: "callLog" | "events" | "popup" | "callEvent" | "route";
                        /**
                         * Format: date-time
                         * @description When the sample counts as received (default now): an answered or hangup event without a time gets it
                         */
                        receivedAt?: string;
                        sample: {
                            body: string;
                            contentType?: string;
                            /** @default  */
                            query?: string;
                        };
                        connectorId?: string;
                        context?: {
                            defaultCountry: string;
                            timeZone: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            output?: unknown;
                            normalized: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                            /** @description Malformed values, unknown keys, an event that names no call; never a field merely absent */
                            problems: {
                                field: string;
                                /** @enum {string} */
                                code: "missing" | "wrong_type" | "not_allowed" | "invalid" | "unknown_field";
                                message: string;
                            }[];
                            /** @description Per event: the call fields it brings and the fields of the complete set it leaves to other events */
                            events: {
                                kind: string | null;
                                provided: string[];
                                missing: string[];
                            }[];
                            route: {
                                callerNumber: string | null;
                                callerRaw: string;
                                virtualNumber: string | null;
                                sessionId: string | null;
                            } | null;
                            receivedAt: string;
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE";
                                message: string;
                                details: {
                                    field?: string;
                                    code: string;
                                    message: string;
                                    position?: number;
                                    token?: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description The sample cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List provider presets */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connectors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                presetId: string;
                                defaultCountry: string;
                                timeZone: string;
                                isDefault: boolean;
                                teamIds: string[];
                                virtualNumbers: {
                                    number: string;
                                    tag: string;
                                    /** @enum {string} */
                                    source: "manual" | "sync";
                                }[];
                                /** @enum {string} */
                                duplicatePolicy: "ignore" | "merge";
                                createUnknownLeads: boolean;
                                sso: {
                                    enabled: boolean;
                                };
                                mappings: {
                                    callLog: {
                                        expression: string;
                                        version: number;
                                        /** Format: date-time */
                                        updatedAt?: string;
                                    };
                                };
                                authHeaderEnabled: boolean;
                                webhookUrls: {
                                    callLog: string;
                                    events: string;
                                    route: string;
                                    popup: string;
                                    callEvent: string;
                                    sso: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a connector from a preset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        defaultCountry?: string;
                        timeZone?: string;
                        /** @default false */
                        isDefault?: boolean;
                        /** @default [] */
                        teamIds?: string[];
                        /** @default [] */
                        virtualNumbers?: {
                            number: string;
                            /** @default  */
                            tag?: string;
                            /**
                             * @description sync: brought by DID sync, and removed by it when the provider drops the number
                             * @enum {string}
                             */
                            source?: "manual" | "sync";
                        }[];
                        /**
                         * @default ignore
                         * @enum {string}
                         */
                        duplicatePolicy?: "ignore" | "merge";
                        /** @default true */
                        createUnknownLeads?: boolean;
                        /**
                         * @description Single sign-on through the sso webhook, for agents in the connector's teams or mapped to it; off by default
                         * @default {
                         *       "enabled": false
                         *     }
                         */
                        sso?: {
                            enabled: boolean;
                        };
                        /** @description JSONata expression producing the canonical call event */
                        callLogMapping?: string;
                        presetId: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            presetId: string;
                            defaultCountry: string;
                            timeZone: string;
                            isDefault: boolean;
                            teamIds: string[];
                            virtualNumbers: {
                                number: string;
                                tag: string;
                                /** @enum {string} */
                                source: "manual" | "sync";
                            }[];
                            /** @enum {string} */
                            duplicatePolicy: "ignore" | "merge";
                            createUnknownLeads: boolean;
                            sso: {
                                enabled: boolean;
                            };
                            mappings: {
                                callLog: {
                                    expression: string;
                                    version: number;
                                    /** Format: date-time */
                                    updatedAt?: string;
                                };
                            };
                            authHeaderEnabled: boolean;
                            webhookUrls: {
                                callLog: string;
                                events: string;
                                route: string;
                                popup: string;
                                callEvent: string;
                                sso: string;
                            };
                            notice: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown preset */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Mapping does not compile */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connector */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            presetId: string;
                            defaultCountry: string;
                            timeZone: string;
                            isDefault: boolean;
                            teamIds: string[];
                            virtualNumbers: {
                                number: string;
                                tag: string;
                                /** @enum {string} */
                                source: "manual" | "sync";
                            }[];
                            /** @enum {string} */
                            duplicatePolicy: "ignore" | "merge";
                            createUnknownLeads: boolean;
                            sso: {
                                enabled: boolean;
                            };
                            mappings: {
                                callLog: {
                                    expression: string;
                                    version: number;
                                    /** Format: date-time */
                                    updatedAt?: string;
                                };
                            };
                            authHeaderEnabled: boolean;
                            webhookUrls: {
                                callLog: string;
                                events: string;
                                route: string;
                                popup: string;
                                callEvent: string;
                                sso: string;
                            };
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a connector */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Update a connector */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        defaultCountry?: string;
                        timeZone?: string;
                        isDefault?: boolean;
                        teamIds?: string[];
                        virtualNumbers?: {
                            number: string;
                            /** @default  */
                            tag?: string;
                            /**
                             * @description sync: brought by DID sync, and removed by it when the provider drops the number
                             * @enum {string}
                             */
                            source?: "manual" | "sync";
                        }[];
                        /** @enum {string} */
                        duplicatePolicy?: "ignore" | "merge";
                        createUnknownLeads?: boolean;
                        /** @description Single sign-on through the sso webhook, for agents in the connector's teams or mapped to it; off by default */
                        sso?: {
                            enabled: boolean;
                        };
                        /** @description JSONata expression producing the canonical call event */
                        callLogMapping?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            presetId: string;
                            defaultCountry: string;
                            timeZone: string;
                            isDefault: boolean;
                            teamIds: string[];
                            virtualNumbers: {
                                number: string;
                                tag: string;
                                /** @enum {string} */
                                source: "manual" | "sync";
                            }[];
                            /** @enum {string} */
                            duplicatePolicy: "ignore" | "merge";
                            createUnknownLeads: boolean;
                            sso: {
                                enabled: boolean;
                            };
                            mappings: {
                                callLog: {
                                    expression: string;
                                    version: number;
                                    /** Format: date-time */
                                    updatedAt?: string;
                                };
                            };
                            authHeaderEnabled: boolean;
                            webhookUrls: {
                                callLog: string;
                                events: string;
                                route: string;
                                popup: string;
                                callEvent: string;
                                sso: string;
                            };
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Mapping does not compile */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/connectors/{id}/webhook-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the webhook secret (old URLs stop working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhookUrls: {
                                callLog: string;
                                events: string;
                                route: string;
                                popup: string;
                                callEvent: string;
                                sso: string;
                            };
                            notice: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/auth-header": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate or rotate the additional authentication header pair */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default X-Patchcord-Auth */
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            value: string;
                            notice: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Disable the additional authentication header */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/webhook-signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The connector's webhook signature check: its scheme (never the signing secret) and the preset's */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            scheme: {
                                /** @enum {string} */
                                algorithm: "sha256" | "sha1";
                                /**
                                 * @default body
                                 * @enum {string}
                                 */
                                content: "body" | "url-and-params";
                                header: string;
                                /**
                                 * @default hex
                                 * @enum {string}
                                 */
                                encoding: "hex" | "base64";
                                /** @default  */
                                prefix: string;
                                /** @default  */
                                timestampHeader: string;
                                /** @default . */
                                timestampSeparator: string;
                                /** @default 300 */
                                toleranceSeconds: number;
                            } | null;
                            /** @description The provider's own scheme, which a PUT without `scheme` uses */
                            presetScheme: {
                                /** @enum {string} */
                                algorithm: "sha256" | "sha1";
                                /**
                                 * @default body
                                 * @enum {string}
                                 */
                                content: "body" | "url-and-params";
                                header: string;
                                /**
                                 * @default hex
                                 * @enum {string}
                                 */
                                encoding: "hex" | "base64";
                                /** @default  */
                                prefix: string;
                                /** @default  */
                                timestampHeader: string;
                                /** @default . */
                                timestampSeparator: string;
                                /** @default 300 */
                                toleranceSeconds: number;
                            } | null;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Turn the signature check on, or change it: the scheme (default: the preset's) and the provider's signing secret */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        scheme?: {
                            /** @enum {string} */
                            algorithm?: "sha256" | "sha1";
                            /**
                             * @default body
                             * @enum {string}
                             */
                            content?: "body" | "url-and-params";
                            header?: string;
                            /**
                             * @default hex
                             * @enum {string}
                             */
                            encoding?: "hex" | "base64";
                            /** @default  */
                            prefix?: string;
                            /** @default  */
                            timestampHeader?: string;
                            /** @default . */
                            timestampSeparator?: string;
                            /** @default 300 */
                            toleranceSeconds?: number;
                        };
                        /** @description The signing secret the provider uses; write-only */
                        secret: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            scheme: {
                                /** @enum {string} */
                                algorithm: "sha256" | "sha1";
                                /**
                                 * @default body
                                 * @enum {string}
                                 */
                                content: "body" | "url-and-params";
                                header: string;
                                /**
                                 * @default hex
                                 * @enum {string}
                                 */
                                encoding: "hex" | "base64";
                                /** @default  */
                                prefix: string;
                                /** @default  */
                                timestampHeader: string;
                                /** @default . */
                                timestampSeparator: string;
                                /** @default 300 */
                                toleranceSeconds: number;
                            } | null;
                            /** @description The provider's own scheme, which a PUT without `scheme` uses */
                            presetScheme: {
                                /** @enum {string} */
                                algorithm: "sha256" | "sha1";
                                /**
                                 * @default body
                                 * @enum {string}
                                 */
                                content: "body" | "url-and-params";
                                header: string;
                                /**
                                 * @default hex
                                 * @enum {string}
                                 */
                                encoding: "hex" | "base64";
                                /** @default  */
                                prefix: string;
                                /** @default  */
                                timestampHeader: string;
                                /** @default . */
                                timestampSeparator: string;
                                /** @default 300 */
                                toleranceSeconds: number;
                            } | null;
                        };
                    };
                };
                /** @description Invalid body, or no scheme given and none in the preset */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Turn the signature check off (the signing secret is forgotten) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "ops" | "agent";
                                phones: string[];
                                agentIds: {
                                    agentId: string;
                                    connectorId: string | null;
                                }[];
                                teamIds: string[];
                                active: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        name: string;
                        /** @enum {string} */
                        role: "admin" | "ops" | "agent";
                        password: string;
                        /** @default [] */
                        phones?: string[];
                        /** @default [] */
                        agentIds?: {
                            agentId: string;
                            /** @default null */
                            connectorId?: string | null;
                        }[];
                        /** @default [] */
                        teamIds?: string[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "ops" | "agent";
                            phones: string[];
                            agentIds: {
                                agentId: string;
                                connectorId: string | null;
                            }[];
                            teamIds: string[];
                            active: boolean;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Email or agent id taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "ops" | "agent";
                            phones: string[];
                            agentIds: {
                                agentId: string;
                                connectorId: string | null;
                            }[];
                            teamIds: string[];
                            active: boolean;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email?: string;
                        name?: string;
                        /** @enum {string} */
                        role?: "admin" | "ops" | "agent";
                        password?: string;
                        phones?: string[];
                        agentIds?: {
                            agentId: string;
                            /** @default null */
                            connectorId?: string | null;
                        }[];
                        teamIds?: string[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            role: "admin" | "ops" | "agent";
                            phones: string[];
                            agentIds: {
                                agentId: string;
                                connectorId: string | null;
                            }[];
                            teamIds: string[];
                            active: boolean;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Email or agent id taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams with their members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @description The agents in the team, by name */
                                members: {
                                    id: string;
                                    name: string;
                                    email: string;
                                    active: boolean;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The agents in the team, by name */
                            members: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a team with its members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The agents in the team, by name */
                            members: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a team (removed from its users and connectors) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a team's members (agents only; each refused id named by position) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The agents in the team, by name */
                            members: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description An id is repeated, unknown or not an agent */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Add an agent to a team (adding a member again changes nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The agents in the team, by name */
                            members: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Unknown user or not an agent */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/teams/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a user from a team */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description The agents in the team, by name */
                            members: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Team or user not found, or the user is not a member */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List leads, optionally by phone number */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    skip?: number | null;
                    phone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                firstName?: string;
                                lastName?: string;
                                email?: string;
                                phone: string;
                                secondaryPhones: string[];
                                ownerId: string | null;
                                source?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        /** Format: email */
                        email?: string;
                        phone: string;
                        /** @default [] */
                        secondaryPhones?: string[];
                        /** @default null */
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            source?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a lead */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            source?: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a lead */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        firstName?: string;
                        lastName?: string;
                        /** Format: email */
                        email?: string;
                        phone?: string;
                        secondaryPhones?: string[];
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            firstName?: string;
                            lastName?: string;
                            email?: string;
                            phone: string;
                            secondaryPhones: string[];
                            ownerId: string | null;
                            source?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List phone-call activities */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    skip?: number | null;
                    leadId?: string;
                    connectorId?: string;
                    agentId?: string;
                    /** @description false: calls that lack a field of their connector's complete set */
                    complete?: "true" | "false";
                    /** @description Calls that lack this field, e.g. destinationNumber */
                    missing?: string;
                    /** @description true: calls finalised after the quiet period without a final event */
                    noFinalEvent?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                connectorId: string;
                                leadId: string | null;
                                agentId: string | null;
                                workflowId: string;
                                direction: string | null;
                                status: string | null;
                                complete: boolean;
                                missingFields: string[];
                                /** @description terminal-event or quiet-period; null while the call is not final */
                                finalReason: string | null;
                                noFinalEvent: boolean;
                                opportunityId?: string | null;
                                providerAgentId?: string | null;
                                fieldSources?: {
                                    [key: string]: string;
                                };
                                sourceNumber?: string;
                                destinationNumber?: string;
                                displayNumber?: string;
                                agentNumber?: string;
                                unverifiedNumbers?: string[];
                                durationSeconds?: number;
                                ringSeconds?: number;
                                totalSeconds?: number;
                                /** Format: date-time */
                                startTime?: string;
                                /** Format: date-time */
                                answeredAt?: string;
                                /** Format: date-time */
                                endTime?: string;
                                providerStatus?: string;
                                hangupCause?: string;
                                ivr?: string;
                                notes?: string;
                                recordingUrl?: string;
                                sessionId: string | null;
                                caller?: {
                                    name?: string | null;
                                    city?: string | null;
                                    state?: string | null;
                                    country?: string | null;
                                    zipCode?: string | null;
                                };
                                custom?: {
                                    [key: string]: unknown;
                                };
                                mappingVersion: number;
                                updates: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a phone-call activity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            connectorId: string;
                            leadId: string | null;
                            agentId: string | null;
                            workflowId: string;
                            direction: string | null;
                            status: string | null;
                            complete: boolean;
                            missingFields: string[];
                            /** @description terminal-event or quiet-period; null while the call is not final */
                            finalReason: string | null;
                            noFinalEvent: boolean;
                            opportunityId?: string | null;
                            providerAgentId?: string | null;
                            fieldSources?: {
                                [key: string]: string;
                            };
                            sourceNumber?: string;
                            destinationNumber?: string;
                            displayNumber?: string;
                            agentNumber?: string;
                            unverifiedNumbers?: string[];
                            durationSeconds?: number;
                            ringSeconds?: number;
                            totalSeconds?: number;
                            /** Format: date-time */
                            startTime?: string;
                            /** Format: date-time */
                            answeredAt?: string;
                            /** Format: date-time */
                            endTime?: string;
                            providerStatus?: string;
                            hangupCause?: string;
                            ivr?: string;
                            notes?: string;
                            recordingUrl?: string;
                            sessionId: string | null;
                            caller?: {
                                name?: string | null;
                                city?: string | null;
                                state?: string | null;
                                country?: string | null;
                                zipCode?: string | null;
                            };
                            custom?: {
                                [key: string]: unknown;
                            };
                            mappingVersion: number;
                            updates: number;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call analytics: volume by hour and day, outcomes, answer rate, ring and talk time, per agent, team and connector */
        get: {
            parameters: {
                query: {
                    /** @description First local day, YYYY-MM-DD */
                    from: string;
                    /** @description Last local day, YYYY-MM-DD (inclusive; at most 366 days after from) */
                    to: string;
                    /** @description IANA zone of the days and hours; default: the filtered connector's, else the default connector's, else UTC */
                    timeZone?: string;
                    connectorId?: string;
                    /** @description Calls taken by the team's members */
                    teamId?: string;
                    agentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            timeZone: string;
                            /** @enum {string} */
                            timeZoneSource: "query" | "connector" | "default-connector" | "utc";
                            /**
                             * Format: date-time
                             * @description The first local midnight, as an instant
                             */
                            start: string;
                            /**
                             * Format: date-time
                             * @description The local midnight after the last day (exclusive)
                             */
                            end: string;
                            totals: {
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                                /** @description Over the calls with a ring time */
                                avgRingSeconds: number | null;
                                /** @description Over the answered calls with a talk time */
                                avgTalkSeconds: number | null;
                            };
                            byHour: {
                                hour: number;
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                            }[];
                            byDay: {
                                date: string;
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                            }[];
                            byAgent: {
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                                /** @description Over the calls with a ring time */
                                avgRingSeconds: number | null;
                                /** @description Over the answered calls with a talk time */
                                avgTalkSeconds: number | null;
                                id: string | null;
                                name: string;
                            }[];
                            byTeam: {
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                                /** @description Over the calls with a ring time */
                                avgRingSeconds: number | null;
                                /** @description Over the answered calls with a talk time */
                                avgTalkSeconds: number | null;
                                id: string | null;
                                name: string;
                            }[];
                            byConnector: {
                                calls: number;
                                answered: number;
                                missed: number;
                                voicemail: number;
                                /** @description Calls whose status no event gave */
                                unknown: number;
                                /** @description answered / (answered + missed + voicemail), 0..1 */
                                answerRate: number | null;
                                /** @description Over the calls with a ring time */
                                avgRingSeconds: number | null;
                                /** @description Over the answered calls with a talk time */
                                avgTalkSeconds: number | null;
                                id: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description A bad date, range or time zone */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The connector, team or agent does not exist */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/calls/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same call analytics as a CSV download (text/csv) */
        get: {
            parameters: {
                query: {
                    /** @description First local day, YYYY-MM-DD */
                    from: string;
                    /** @description Last local day, YYYY-MM-DD (inclusive; at most 366 days after from) */
                    to: string;
                    /** @description IANA zone of the days and hours; default: the filtered connector's, else the default connector's, else UTC */
                    timeZone?: string;
                    connectorId?: string;
                    /** @description Calls taken by the team's members */
                    teamId?: string;
                    agentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A bad date, range or time zone */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The connector, team or agent does not exist */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/analytics/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What call analytics can be filtered by: connectors (with their time zones), teams and agents */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connectors: {
                                id: string;
                                name: string;
                                timeZone: string;
                                isDefault: boolean;
                            }[];
                            teams: {
                                id: string;
                                name: string;
                            }[];
                            agents: {
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/request-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query the telephony request log */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    skip?: number | null;
                    connectorId?: string;
                    outcome?: "accepted" | "duplicate" | "rejected" | "error";
                    direction?: "inbound" | "outbound";
                    kind?: string;
                    /** @description Part of the path called, matched literally */
                    endpoint?: string;
                    /** @description The HTTP status answered */
                    status?: number;
                    /** @description The call's workflow the request reached */
                    workflowId?: string;
                    /** @description A call event the request delivered (its id on the timeline) */
                    eventId?: string;
                    from?: string | null;
                    to?: string | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                id: string;
                                connectorId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** @enum {string} */
                                direction?: "inbound" | "outbound";
                                kind: string;
                                method: string;
                                path: string;
                                query?: string;
                                contentType?: string;
                                body?: string;
                                bodyBytes?: number;
                                bodyTruncated?: boolean;
                                status: number;
                                /** @enum {string} */
                                outcome: "accepted" | "duplicate" | "rejected" | "error";
                                errorCode: string | null;
                                durationMs?: number;
                                workflowId?: string | null;
                                eventIds?: string[];
                            } & {
                                [key: string]: unknown;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/request-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request log entry as stored: headers (secrets redacted), body and answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            connectorId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {string} */
                            direction?: "inbound" | "outbound";
                            kind: string;
                            method: string;
                            path: string;
                            query?: string;
                            contentType?: string;
                            body?: string;
                            bodyBytes?: number;
                            bodyTruncated?: boolean;
                            status: number;
                            /** @enum {string} */
                            outcome: "accepted" | "duplicate" | "rejected" | "error";
                            errorCode: string | null;
                            durationMs?: number;
                            workflowId?: string | null;
                            eventIds?: string[];
                            /** @description As received; credentials and secret headers already redacted */
                            headers: {
                                [key: string]: string;
                            };
                            /** @description Patchcord's answer, as sent */
                            response?: string;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description No such entry (it may have been pruned) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/request-logs/{id}/rerun": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-run an inbound delivery against the connector's current live mapping: what the mapping makes of the stored body, as a preview; nothing is written or delivered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            output?: unknown;
                            normalized: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                            /** @description Malformed values, unknown keys, an event that names no call; never a field merely absent */
                            problems: {
                                field: string;
                                /** @enum {string} */
                                code: "missing" | "wrong_type" | "not_allowed" | "invalid" | "unknown_field";
                                message: string;
                            }[];
                            /** @description Per event: the call fields it brings and the fields of the complete set it leaves to other events */
                            events: {
                                kind: string | null;
                                provided: string[];
                                missing: string[];
                            }[];
                            route: {
                                callerNumber: string | null;
                                callerRaw: string;
                                virtualNumber: string | null;
                                sessionId: string | null;
                            } | null;
                            receivedAt: string;
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE";
                                message: string;
                                details: {
                                    field?: string;
                                    code: string;
                                    message: string;
                                    position?: number;
                                    token?: string;
                                }[];
                            } | null;
                            entryId: string;
                            connectorId: string;
                            mappingVersion: number;
                        };
                    };
                };
                /** @description The stored body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No such entry, or its connector is gone */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The entry cannot be re-run (REQUEST_NOT_REPLAYABLE): outbound, not a mapped webhook, or its body was not stored or was truncated */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connector's call lifecycle settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default {} */
                            routing: {
                                /**
                                 * @default lead
                                 * @enum {string}
                                 */
                                mode: "lead" | "opportunity";
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                fallback: "none" | "agent" | "queue";
                                /** @default null */
                                fallbackAgentId: string | null;
                                /** @default  */
                                fallbackQueue: string;
                                /**
                                 * @default json
                                 * @enum {string}
                                 */
                                format: "json" | "agent-phone" | "agent-id" | "agent-email";
                            };
                            /** @default {} */
                            missedCall: {
                                /** @default true */
                                createTask: boolean;
                                /** @default 60 */
                                dueInMinutes: number;
                            };
                            /** @default {} */
                            disposition: {
                                /** @default false */
                                requiredBeforeNextCall: boolean;
                                /** @default  */
                                leadField: string;
                                /** @default [] */
                                values: string[];
                                /** @default {} */
                                task: {
                                    /**
                                     * @default off
                                     * @enum {string}
                                     */
                                    mode: "off" | "optional" | "mandatory";
                                    /** @default 1440 */
                                    dueInMinutes: number;
                                };
                                /** @default {} */
                                customActivity: {
                                    /**
                                     * @default off
                                     * @enum {string}
                                     */
                                    mode: "off" | "optional" | "mandatory";
                                    /** @default Call disposition */
                                    type: string;
                                };
                                /** @default {} */
                                push: {
                                    /** @default false */
                                    enabled: boolean;
                                    /**
                                     * @default POST
                                     * @enum {string}
                                     */
                                    method: "GET" | "POST";
                                    /** @default  */
                                    url: string;
                                    /**
                                     * @description Data template for POST, with the seed's @parameters
                                     * @default
                                     */
                                    body: string;
                                    /** @default application/json */
                                    contentType: string;
                                };
                            };
                            /** @default true */
                            leadSharing: boolean;
                            /** @default {} */
                            calls: {
                                /**
                                 * @description A call with no final event is finalised this long after its last event
                                 * @default 1800
                                 */
                                quietSeconds: number;
                                /**
                                 * @description The fields a finished call must have to count as complete; empty: sourceNumber, startTime, endTime, status (startTime and endTime: either, local or UTC)
                                 * @default []
                                 */
                                completeFields: ("sourceNumber" | "destinationNumber" | "displayNumber" | "agentNumber" | "startTime" | "startTimeUtc" | "answeredAt" | "endTime" | "endTimeUtc" | "durationSeconds" | "ringSeconds" | "totalSeconds" | "status" | "direction" | "providerStatus" | "hangupCause" | "notes" | "recordingUrl" | "sessionId" | "callerName" | "callerCity" | "callerState" | "callerCountry" | "callerZipCode" | "agentId" | "leadId" | "ivr")[];
                                /**
                                 * @description Per field: "first" keeps the first value an event brought; by default the later event wins
                                 * @default {}
                                 */
                                fieldPrecedence: {
                                    [key: string]: "first" | "latest";
                                };
                            };
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace a connector's call lifecycle settings (omitted settings take their defaults; the route answer template is kept, see …/route-answer) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default {} */
                        routing?: {
                            /**
                             * @default lead
                             * @enum {string}
                             */
                            mode?: "lead" | "opportunity";
                            /**
                             * @default none
                             * @enum {string}
                             */
                            fallback?: "none" | "agent" | "queue";
                            /** @default null */
                            fallbackAgentId?: string | null;
                            /** @default  */
                            fallbackQueue?: string;
                            /**
                             * @default json
                             * @enum {string}
                             */
                            format?: "json" | "agent-phone" | "agent-id" | "agent-email";
                        };
                        /** @default {} */
                        missedCall?: {
                            /** @default true */
                            createTask?: boolean;
                            /** @default 60 */
                            dueInMinutes?: number;
                        };
                        /** @default {} */
                        disposition?: {
                            /** @default false */
                            requiredBeforeNextCall?: boolean;
                            /** @default  */
                            leadField?: string;
                            /** @default [] */
                            values?: string[];
                            /** @default {} */
                            task?: {
                                /**
                                 * @default off
                                 * @enum {string}
                                 */
                                mode?: "off" | "optional" | "mandatory";
                                /** @default 1440 */
                                dueInMinutes?: number;
                            };
                            /** @default {} */
                            customActivity?: {
                                /**
                                 * @default off
                                 * @enum {string}
                                 */
                                mode?: "off" | "optional" | "mandatory";
                                /** @default Call disposition */
                                type?: string;
                            };
                            /** @default {} */
                            push?: {
                                /** @default false */
                                enabled?: boolean;
                                /**
                                 * @default POST
                                 * @enum {string}
                                 */
                                method?: "GET" | "POST";
                                /** @default  */
                                url?: string;
                                /**
                                 * @description Data template for POST, with the seed's @parameters
                                 * @default
                                 */
                                body?: string;
                                /** @default application/json */
                                contentType?: string;
                            };
                        };
                        /** @default true */
                        leadSharing?: boolean;
                        /** @default {} */
                        calls?: {
                            /**
                             * @description A call with no final event is finalised this long after its last event
                             * @default 1800
                             */
                            quietSeconds?: number;
                            /**
                             * @description The fields a finished call must have to count as complete; empty: sourceNumber, startTime, endTime, status (startTime and endTime: either, local or UTC)
                             * @default []
                             */
                            completeFields?: ("sourceNumber" | "destinationNumber" | "displayNumber" | "agentNumber" | "startTime" | "startTimeUtc" | "answeredAt" | "endTime" | "endTimeUtc" | "durationSeconds" | "ringSeconds" | "totalSeconds" | "status" | "direction" | "providerStatus" | "hangupCause" | "notes" | "recordingUrl" | "sessionId" | "callerName" | "callerCity" | "callerState" | "callerCountry" | "callerZipCode" | "agentId" | "leadId" | "ivr")[];
                            /**
                             * @description Per field: "first" keeps the first value an event brought; by default the later event wins
                             * @default {}
                             */
                            fieldPrecedence?: {
                                [key: string]: "first" | "latest";
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @default {} */
                            routing: {
                                /**
                                 * @default lead
                                 * @enum {string}
                                 */
                                mode: "lead" | "opportunity";
                                /**
                                 * @default none
                                 * @enum {string}
                                 */
                                fallback: "none" | "agent" | "queue";
                                /** @default null */
                                fallbackAgentId: string | null;
                                /** @default  */
                                fallbackQueue: string;
                                /**
                                 * @default json
                                 * @enum {string}
                                 */
                                format: "json" | "agent-phone" | "agent-id" | "agent-email";
                            };
                            /** @default {} */
                            missedCall: {
                                /** @default true */
                                createTask: boolean;
                                /** @default 60 */
                                dueInMinutes: number;
                            };
                            /** @default {} */
                            disposition: {
                                /** @default false */
                                requiredBeforeNextCall: boolean;
                                /** @default  */
                                leadField: string;
                                /** @default [] */
                                values: string[];
                                /** @default {} */
                                task: {
                                    /**
                                     * @default off
                                     * @enum {string}
                                     */
                                    mode: "off" | "optional" | "mandatory";
                                    /** @default 1440 */
                                    dueInMinutes: number;
                                };
                                /** @default {} */
                                customActivity: {
                                    /**
                                     * @default off
                                     * @enum {string}
                                     */
                                    mode: "off" | "optional" | "mandatory";
                                    /** @default Call disposition */
                                    type: string;
                                };
                                /** @default {} */
                                push: {
                                    /** @default false */
                                    enabled: boolean;
                                    /**
                                     * @default POST
                                     * @enum {string}
                                     */
                                    method: "GET" | "POST";
                                    /** @default  */
                                    url: string;
                                    /**
                                     * @description Data template for POST, with the seed's @parameters
                                     * @default
                                     */
                                    body: string;
                                    /** @default application/json */
                                    contentType: string;
                                };
                            };
                            /** @default true */
                            leadSharing: boolean;
                            /** @default {} */
                            calls: {
                                /**
                                 * @description A call with no final event is finalised this long after its last event
                                 * @default 1800
                                 */
                                quietSeconds: number;
                                /**
                                 * @description The fields a finished call must have to count as complete; empty: sourceNumber, startTime, endTime, status (startTime and endTime: either, local or UTC)
                                 * @default []
                                 */
                                completeFields: ("sourceNumber" | "destinationNumber" | "displayNumber" | "agentNumber" | "startTime" | "startTimeUtc" | "answeredAt" | "endTime" | "endTimeUtc" | "durationSeconds" | "ringSeconds" | "totalSeconds" | "status" | "direction" | "providerStatus" | "hangupCause" | "notes" | "recordingUrl" | "sessionId" | "callerName" | "callerCity" | "callerState" | "callerCountry" | "callerZipCode" | "agentId" | "leadId" | "ivr")[];
                                /**
                                 * @description Per field: "first" keeps the first value an event brought; by default the later event wins
                                 * @default {}
                                 */
                                fieldPrecedence: {
                                    [key: string]: "first" | "latest";
                                };
                            };
                        };
                    };
                };
                /** @description Invalid settings (each field named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/route-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connector's route answer template (the provider's dialect) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The connector's own template; null: its preset's, else the format answers */
                            answer: {
                                contentType: string;
                                body: string;
                                noAgent: {
                                    status: number;
                                    contentType: string | null;
                                    body: string;
                                } | null;
                            } | null;
                            /** @description The preset's template, used when the connector has none */
                            presetAnswer: {
                                contentType: string;
                                body: string;
                                noAgent: {
                                    status: number;
                                    contentType: string | null;
                                    body: string;
                                } | null;
                            } | null;
                            /**
                             * @description Which answers the route webhook now
                             * @enum {string}
                             */
                            source: "connector" | "preset" | "format";
                            /**
                             * @description lifecycle.routing.format: the answer when no template applies
                             * @enum {string}
                             */
                            format: "json" | "agent-phone" | "agent-id" | "agent-email";
                            /** @description The merge fields a template may read */
                            fields: {
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace a connector's route answer template; null answers with its preset's, else the format */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        answer: {
                            /** @description The answer's content type; values are escaped for it (application/json, text/json or *\/*+json; application/xml, text/xml or *\/*+xml; text/plain; application/x-www-form-urlencoded) */
                            contentType: string;
                            /** @description Handlebars over the decision (see ROUTE_ANSWER_FIELDS: agentPhone, agentPhoneDigits, agentId, …) */
                            body: string;
                            /**
                             * @description The answer when there is neither an agent nor a queue; null: the main template renders, with the agent fields null
                             * @default null
                             */
                            noAgent?: {
                                /** @default 200 */
                                status?: number;
                                /**
                                 * @description Null: the answer's content type
                                 * @default null
                                 */
                                contentType?: string | null;
                                /**
                                 * @description May be empty
                                 * @default
                                 */
                                body?: string;
                            } | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The connector's own template; null: its preset's, else the format answers */
                            answer: {
                                contentType: string;
                                body: string;
                                noAgent: {
                                    status: number;
                                    contentType: string | null;
                                    body: string;
                                } | null;
                            } | null;
                            /** @description The preset's template, used when the connector has none */
                            presetAnswer: {
                                contentType: string;
                                body: string;
                                noAgent: {
                                    status: number;
                                    contentType: string | null;
                                    body: string;
                                } | null;
                            } | null;
                            /**
                             * @description Which answers the route webhook now
                             * @enum {string}
                             */
                            source: "connector" | "preset" | "format";
                            /**
                             * @description lifecycle.routing.format: the answer when no template applies
                             * @enum {string}
                             */
                            format: "json" | "agent-phone" | "agent-id" | "agent-email";
                            /** @description The merge fields a template may read */
                            fields: {
                                name: string;
                                description: string;
                            }[];
                        };
                    };
                };
                /** @description A content type no answer can be written in, a template that does not compile, reads an unknown field or renders a document that does not parse (each field named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/route-answer/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview the route answer for a sample request, as the route webhook computes it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /**
                         * @default POST
                         * @enum {string}
                         */
                        method?: "GET" | "POST";
                        /** @default  */
                        contentType?: string;
                        /**
                         * @description The raw body, as the provider would send it (empty for a GET)
                         * @default
                         */
                        body?: string;
                        /**
                         * @description The raw query string
                         * @default
                         */
                        query?: string;
                        /** @description An unsaved template to answer with; null: as if the connector had none; absent: the saved one */
                        answer?: {
                            /** @description The answer's content type; values are escaped for it (application/json, text/json or *\/*+json; application/xml, text/xml or *\/*+xml; text/plain; application/x-www-form-urlencoded) */
                            contentType: string;
                            /** @description Handlebars over the decision (see ROUTE_ANSWER_FIELDS: agentPhone, agentPhoneDigits, agentId, …) */
                            body: string;
                            /**
                             * @description The answer when there is neither an agent nor a queue; null: the main template renders, with the agent fields null
                             * @default null
                             */
                            noAgent?: {
                                /** @default 200 */
                                status?: number;
                                /**
                                 * @description Null: the answer's content type
                                 * @default null
                                 */
                                contentType?: string | null;
                                /**
                                 * @description May be empty
                                 * @default
                                 */
                                body?: string;
                            } | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decoded: {
                                [key: string]: unknown;
                            } | null;
                            mapped: {
                                output?: unknown;
                                normalized?: unknown;
                                problems: {
                                    field: string;
                                    code: string;
                                    message: string;
                                }[];
                            } | null;
                            input: {
                                callerNumber: string | null;
                                callerRaw: string;
                                virtualNumber: string | null;
                                sessionId: string | null;
                            } | null;
                            decision: {
                                agent: {
                                    userId: string;
                                    phone: string | null;
                                    agentId: string;
                                    email: string;
                                    name: string;
                                } | null;
                                queue: string | null;
                                leadId: string | null;
                                opportunityId: string | null;
                                reason: string;
                                fallbackCause: string | null;
                            } | null;
                            /** @enum {string} */
                            source: "connector" | "preset" | "format";
                            answer: {
                                status: number;
                                contentType: string;
                                headers: {
                                    [key: string]: string;
                                };
                                body: string;
                            };
                            error: {
                                code: string;
                                message: string;
                                details: unknown[];
                            } | null;
                        };
                    };
                };
                /** @description An invalid unsaved template (each field named) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List opportunities, most recently updated first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    skip?: number | null;
                    leadId?: string;
                    ownerId?: string;
                    status?: "open" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                leadId: string;
                                ownerId: string | null;
                                name: string;
                                stage: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an opportunity on a lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default new */
                        stage?: string;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "closed";
                        /** @default null */
                        ownerId?: string | null;
                        leadId: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            leadId: string;
                            ownerId: string | null;
                            name: string;
                            stage: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid body, unknown lead or owner */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an opportunity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            leadId: string;
                            ownerId: string | null;
                            name: string;
                            stage: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update an opportunity (stage, status, owner, name) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        stage?: string;
                        /** @enum {string} */
                        status?: "open" | "closed";
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            leadId: string;
                            ownerId: string | null;
                            name: string;
                            stage: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Invalid body or unknown owner */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/admin/mappings/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decode a sample request into the object a mapping sees */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        contentType?: string;
                        body: string;
                        /** @default  */
                        query?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payload: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
                /** @description The body cannot be decoded */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unsupported content type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sample the call-log designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest call-log fixture */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "delivery" | "fixture" | "none";
                            sample: {
                                contentType: string;
                                body: string;
                                query: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the delivery arrived (a delivery only)
                             */
                            receivedAt: string | null;
                            /** @description The fixture used (a fixture only) */
                            fixture: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call-log mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save the call-log draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the call-log draft (back to the live mapping) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the call-log fixtures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                name: string;
                                description: string;
                                request: {
                                    contentType: string;
                                    body: string;
                                    query: string;
                                    receivedAt?: string;
                                };
                                expect: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a call-log fixture: a sample request and the output (or error) it must give */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/fixtures/{fixtureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a call-log fixture */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a call-log fixture */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/fixtures/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every call-log fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression?: string;
                        /**
                         * @description Which mapping to check when no expression is given (default draft)
                         * @enum {string}
                         */
                        against?: "draft" | "live";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string | null;
                                name: string;
                                pass: boolean;
                                actual: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[] | null;
                                    /** @description An error code, or the "field:problem" pairs */
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                    position?: number;
                                    message?: string;
                                };
                                expected: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                diff: string[];
                            }[];
                            passed: number;
                            failed: number;
                            checked: {
                                /** @enum {string} */
                                against: "draft" | "live" | "expression";
                                /** @description The live version checked (0: the preset's); null for a draft or an expression */
                                version: number | null;
                            };
                        };
                    };
                };
                /** @description Both an expression and "against" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the call-log draft as a new immutable version; the webhooks use it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Nothing to publish, or published concurrently */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Syntax error, or fixtures fail (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published call-log versions, newest first, with who published them and when (none while the preset's is live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                live: boolean;
                                expression: string;
                                /** @enum {string} */
                                source: "created" | "published" | "rollback" | "api";
                                restoredFrom: number | null;
                                note: string;
                                fixtureCount: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two call-log versions side by side: expressions and what the fixtures produce under each */
        get: {
            parameters: {
                query: {
                    a: number;
                    b: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            b: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            fixtures: {
                                id: string;
                                name: string;
                                a: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                                b: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-log/versions/{version}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old call-log version live again (republished as a new version), once it passes every call-log fixture */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Already live */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Fixtures fail on that version (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sample the events designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest events fixture */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "delivery" | "fixture" | "none";
                            sample: {
                                contentType: string;
                                body: string;
                                query: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the delivery arrived (a delivery only)
                             */
                            receivedAt: string | null;
                            /** @description The fixture used (a fixture only) */
                            fixture: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The events mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save the events draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the events draft (back to the live mapping) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the events fixtures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                name: string;
                                description: string;
                                request: {
                                    contentType: string;
                                    body: string;
                                    query: string;
                                    receivedAt?: string;
                                };
                                expect: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a events fixture: a sample request and the output (or error) it must give */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/fixtures/{fixtureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a events fixture */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a events fixture */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/fixtures/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every events fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression?: string;
                        /**
                         * @description Which mapping to check when no expression is given (default draft)
                         * @enum {string}
                         */
                        against?: "draft" | "live";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string | null;
                                name: string;
                                pass: boolean;
                                actual: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[] | null;
                                    /** @description An error code, or the "field:problem" pairs */
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                    position?: number;
                                    message?: string;
                                };
                                expected: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                diff: string[];
                            }[];
                            passed: number;
                            failed: number;
                            checked: {
                                /** @enum {string} */
                                against: "draft" | "live" | "expression";
                                /** @description The live version checked (0: the preset's); null for a draft or an expression */
                                version: number | null;
                            };
                        };
                    };
                };
                /** @description Both an expression and "against" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the events draft as a new immutable version; the webhooks use it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Nothing to publish, or published concurrently */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Syntax error, or fixtures fail (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published events versions, newest first, with who published them and when (none while the preset's is live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                live: boolean;
                                expression: string;
                                /** @enum {string} */
                                source: "created" | "published" | "rollback" | "api";
                                restoredFrom: number | null;
                                note: string;
                                fixtureCount: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two events versions side by side: expressions and what the fixtures produce under each */
        get: {
            parameters: {
                query: {
                    a: number;
                    b: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            b: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            fixtures: {
                                id: string;
                                name: string;
                                a: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                                b: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/events/versions/{version}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old events version live again (republished as a new version), once it passes every events fixture */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Already live */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Fixtures fail on that version (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sample the popup designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest popup fixture */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "delivery" | "fixture" | "none";
                            sample: {
                                contentType: string;
                                body: string;
                                query: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the delivery arrived (a delivery only)
                             */
                            receivedAt: string | null;
                            /** @description The fixture used (a fixture only) */
                            fixture: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The popup mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save the popup draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the popup draft (back to the live mapping) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the popup fixtures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                name: string;
                                description: string;
                                request: {
                                    contentType: string;
                                    body: string;
                                    query: string;
                                    receivedAt?: string;
                                };
                                expect: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a popup fixture: a sample request and the output (or error) it must give */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/fixtures/{fixtureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a popup fixture */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a popup fixture */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/fixtures/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every popup fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression?: string;
                        /**
                         * @description Which mapping to check when no expression is given (default draft)
                         * @enum {string}
                         */
                        against?: "draft" | "live";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string | null;
                                name: string;
                                pass: boolean;
                                actual: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[] | null;
                                    /** @description An error code, or the "field:problem" pairs */
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                    position?: number;
                                    message?: string;
                                };
                                expected: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                diff: string[];
                            }[];
                            passed: number;
                            failed: number;
                            checked: {
                                /** @enum {string} */
                                against: "draft" | "live" | "expression";
                                /** @description The live version checked (0: the preset's); null for a draft or an expression */
                                version: number | null;
                            };
                        };
                    };
                };
                /** @description Both an expression and "against" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the popup draft as a new immutable version; the webhooks use it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Nothing to publish, or published concurrently */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Syntax error, or fixtures fail (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published popup versions, newest first, with who published them and when (none while the preset's is live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                live: boolean;
                                expression: string;
                                /** @enum {string} */
                                source: "created" | "published" | "rollback" | "api";
                                restoredFrom: number | null;
                                note: string;
                                fixtureCount: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two popup versions side by side: expressions and what the fixtures produce under each */
        get: {
            parameters: {
                query: {
                    a: number;
                    b: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            b: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            fixtures: {
                                id: string;
                                name: string;
                                a: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                                b: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/popup/versions/{version}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old popup version live again (republished as a new version), once it passes every popup fixture */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Already live */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Fixtures fail on that version (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sample the call-event designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest call-event fixture */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "delivery" | "fixture" | "none";
                            sample: {
                                contentType: string;
                                body: string;
                                query: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the delivery arrived (a delivery only)
                             */
                            receivedAt: string | null;
                            /** @description The fixture used (a fixture only) */
                            fixture: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call-event mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save the call-event draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the call-event draft (back to the live mapping) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the call-event fixtures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                name: string;
                                description: string;
                                request: {
                                    contentType: string;
                                    body: string;
                                    query: string;
                                    receivedAt?: string;
                                };
                                expect: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a call-event fixture: a sample request and the output (or error) it must give */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/fixtures/{fixtureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a call-event fixture */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a call-event fixture */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/fixtures/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every call-event fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression?: string;
                        /**
                         * @description Which mapping to check when no expression is given (default draft)
                         * @enum {string}
                         */
                        against?: "draft" | "live";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string | null;
                                name: string;
                                pass: boolean;
                                actual: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[] | null;
                                    /** @description An error code, or the "field:problem" pairs */
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                    position?: number;
                                    message?: string;
                                };
                                expected: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                diff: string[];
                            }[];
                            passed: number;
                            failed: number;
                            checked: {
                                /** @enum {string} */
                                against: "draft" | "live" | "expression";
                                /** @description The live version checked (0: the preset's); null for a draft or an expression */
                                version: number | null;
                            };
                        };
                    };
                };
                /** @description Both an expression and "against" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the call-event draft as a new immutable version; the webhooks use it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Nothing to publish, or published concurrently */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Syntax error, or fixtures fail (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published call-event versions, newest first, with who published them and when (none while the preset's is live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                live: boolean;
                                expression: string;
                                /** @enum {string} */
                                source: "created" | "published" | "rollback" | "api";
                                restoredFrom: number | null;
                                note: string;
                                fixtureCount: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two call-event versions side by side: expressions and what the fixtures produce under each */
        get: {
            parameters: {
                query: {
                    a: number;
                    b: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            b: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            fixtures: {
                                id: string;
                                name: string;
                                a: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                                b: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/call-event/versions/{version}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old call-event version live again (republished as a new version), once it passes every call-event fixture */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Already live */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Fixtures fail on that version (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sample the route-input designer opens on: the latest delivery its webhook accepted (authenticated, size-capped), else the latest route-input fixture */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            source: "delivery" | "fixture" | "none";
                            sample: {
                                contentType: string;
                                body: string;
                                query: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description When the delivery arrived (a delivery only)
                             */
                            receivedAt: string | null;
                            /** @description The fixture used (a fixture only) */
                            fixture: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The route-input mapping being edited (the live one when there is no draft; the preset's, version 0, until the connector has its own) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Save the route-input draft (it may not compile yet; publishing checks that), with warnings about paths no sample carries */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Discard the route-input draft (back to the live mapping) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            expression: string;
                            saved: boolean;
                            /** Format: date-time */
                            updatedAt: string | null;
                            live: {
                                /** @description 0: the preset's mapping */
                                version: number;
                                expression: string;
                                fromPreset: boolean;
                            };
                            differsFromLive: boolean;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/fixtures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the route-input fixtures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                name: string;
                                description: string;
                                request: {
                                    contentType: string;
                                    body: string;
                                    query: string;
                                    receivedAt?: string;
                                };
                                expect: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                /** Format: date-time */
                                updatedAt?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a route-input fixture: a sample request and the output (or error) it must give */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/fixtures/{fixtureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a route-input fixture */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        request: {
                            /** @default  */
                            contentType?: string;
                            body: string;
                            /** @default  */
                            query?: string;
                            /**
                             * Format: date-time
                             * @description When the request arrived: the time of an answered or hangup event that carries none
                             */
                            receivedAt?: string;
                        };
                        expect: {
                            output: {
                                [key: string]: unknown;
                            } | {
                                [key: string]: unknown;
                            }[];
                        } | {
                            error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                            position?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                            name: string;
                            description: string;
                            request: {
                                contentType: string;
                                body: string;
                                query: string;
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /** Format: date-time */
                            updatedAt?: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a route-input fixture */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fixtureId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/fixtures/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run every route-input fixture with production's engine, limits and validation: on the draft (the default), the live version, or a given expression; the answer says which it checked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                        expression?: string;
                        /**
                         * @description Which mapping to check when no expression is given (default draft)
                         * @enum {string}
                         */
                        against?: "draft" | "live";
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                id: string | null;
                                name: string;
                                pass: boolean;
                                actual: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[] | null;
                                    /** @description An error code, or the "field:problem" pairs */
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                    position?: number;
                                    message?: string;
                                };
                                expected: {
                                    output: {
                                        [key: string]: unknown;
                                    } | {
                                        [key: string]: unknown;
                                    }[];
                                } | {
                                    error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                    position?: number;
                                };
                                diff: string[];
                            }[];
                            passed: number;
                            failed: number;
                            checked: {
                                /** @enum {string} */
                                against: "draft" | "live" | "expression";
                                /** @description The live version checked (0: the preset's); null for a draft or an expression */
                                version: number | null;
                            };
                        };
                    };
                };
                /** @description Both an expression and "against" */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the route-input draft as a new immutable version; the webhooks use it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                            /** @description Paths the mapping reads that none of the fixtures or latest deliveries of this kind carries (a warning, not a refusal) */
                            warnings: {
                                path: string;
                                message: string;
                            }[];
                            checkedAgainst: {
                                fixtures: number;
                                deliveries: number;
                            };
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Nothing to publish, or published concurrently */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Syntax error, or fixtures fail (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published route-input versions, newest first, with who published them and when (none while the preset's is live) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                live: boolean;
                                expression: string;
                                /** @enum {string} */
                                source: "created" | "published" | "rollback" | "api";
                                restoredFrom: number | null;
                                note: string;
                                fixtureCount: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publishedBy: {
                                    id: string;
                                    name: string;
                                    email: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/versions/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two route-input versions side by side: expressions and what the fixtures produce under each */
        get: {
            parameters: {
                query: {
                    a: number;
                    b: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            a: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            b: {
                                version: number;
                                expression: string;
                                /** Format: date-time */
                                publishedAt: string;
                            };
                            fixtures: {
                                id: string;
                                name: string;
                                a: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                                b: {
                                    id: string | null;
                                    name: string;
                                    pass: boolean;
                                    actual: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[] | null;
                                        /** @description An error code, or the "field:problem" pairs */
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[] | null;
                                        position?: number;
                                        message?: string;
                                    };
                                    expected: {
                                        output: {
                                            [key: string]: unknown;
                                        } | {
                                            [key: string]: unknown;
                                        }[];
                                    } | {
                                        error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                        position?: number;
                                    };
                                    diff: string[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/route/versions/{version}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make an old route-input version live again (republished as a new version), once it passes every route-input fixture */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** Format: date-time */
                            publishedAt: string;
                        };
                    };
                };
                /** @description Unknown connector or version */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Already live */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Fixtures fail on that version (each named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the connector's mappings of every kind and their fixtures as one JSON file (format version 2) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/mappings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an exported file (format version 1 or 2): each kind's expression (its draft if it had one) becomes the draft, and its fixtures replace this connector's of the kinds the file carries (publish to go live) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "patchcord-mappings";
                        /** @enum {number} */
                        formatVersion: 2;
                        exportedAt?: string;
                        connector?: {
                            name?: string;
                            presetId?: string;
                        };
                        mappings: {
                            callLog: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                fromPreset?: boolean;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                            events?: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                fromPreset?: boolean;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                            popup?: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                fromPreset?: boolean;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                            callEvent?: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                fromPreset?: boolean;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                            route?: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                fromPreset?: boolean;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                        };
                        fixtures: {
                            name: string;
                            /** @default  */
                            description?: string;
                            request: {
                                /** @default  */
                                contentType?: string;
                                body: string;
                                /** @default  */
                                query?: string;
                                /**
                                 * Format: date-time
                                 * @description When the request arrived: the time of an answered or hangup event that carries none
                                 */
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                            /**
                             * @default callLog
                             * @enum {string}
                             */
                            kind?: "callLog" | "events" | "popup" | "callEvent" | "route";
                        }[];
                    } | {
                        /** @enum {string} */
                        format: "patchcord-mappings";
                        /** @enum {number} */
                        formatVersion: 1;
                        exportedAt?: string;
                        connector?: {
                            name?: string;
                            presetId?: string;
                        };
                        mappings: {
                            callLog: {
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                expression: string;
                                liveVersion?: number;
                                /** @description JSONata expression producing the mapping kind's output (src/mapping/README.md) */
                                draft?: string;
                            };
                        };
                        fixtures: {
                            name: string;
                            /** @default  */
                            description?: string;
                            request: {
                                /** @default  */
                                contentType?: string;
                                body: string;
                                /** @default  */
                                query?: string;
                                /**
                                 * Format: date-time
                                 * @description When the request arrived: the time of an answered or hangup event that carries none
                                 */
                                receivedAt?: string;
                            };
                            expect: {
                                output: {
                                    [key: string]: unknown;
                                } | {
                                    [key: string]: unknown;
                                }[];
                            } | {
                                error: ("VALIDATION_FAILED" | "CALL_EVENT_INVALID" | "PAYLOAD_UNREADABLE" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "WEBHOOK_AUTH_FAILED" | "FORBIDDEN" | "CROSS_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "PAYLOAD_TOO_COMPLEX" | "UNSUPPORTED_MEDIA_TYPE" | "MAPPING_SYNTAX" | "MAPPING_EVALUATION" | "MAPPING_LIMIT" | "MAPPING_MISSING" | "RATE_LIMITED" | "WORKFLOW_UNAVAILABLE" | "DATABASE_UNAVAILABLE" | "INTERNAL" | "PROVIDER_OPERATION_DISABLED" | "PROVIDER_REJECTED" | "TEMPLATE_SYNTAX" | "TEMPLATE_VALUE" | "MERGE_FIELD_UNKNOWN" | "BAD_URL" | "ADDRESS_REFUSED" | "STEP_SKIPPED" | "PROVIDER_UNAVAILABLE" | "PROVIDER_UNREACHABLE" | "PROVIDER_OUTCOME_UNKNOWN" | "NO_VIRTUAL_NUMBER" | "FIXTURES_FAILING" | "REQUEST_NOT_REPLAYABLE") | string[];
                                position?: number;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            draft: {
                                /** @enum {string} */
                                kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                expression: string;
                                saved: boolean;
                                /** Format: date-time */
                                updatedAt: string | null;
                                live: {
                                    /** @description 0: the preset's mapping */
                                    version: number;
                                    expression: string;
                                    fromPreset: boolean;
                                };
                                differsFromLive: boolean;
                            };
                            drafts: {
                                [key: string]: {
                                    /** @enum {string} */
                                    kind: "callLog" | "events" | "popup" | "callEvent" | "route";
                                    expression: string;
                                    saved: boolean;
                                    /** Format: date-time */
                                    updatedAt: string | null;
                                    live: {
                                        /** @description 0: the preset's mapping */
                                        version: number;
                                        expression: string;
                                        fromPreset: boolean;
                                    };
                                    differsFromLive: boolean;
                                };
                            };
                            fixtures: number;
                        };
                    };
                };
                /** @description Not an export file */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown connector */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/presets/{presetId}/settings-schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings form of connectors made from a preset, as data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    presetId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connector: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "boolean" | "select" | "country" | "timezone";
                                required: boolean;
                                secret?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                help?: string;
                            }[];
                            preset: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "boolean" | "select" | "country" | "timezone";
                                required: boolean;
                                secret?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                help?: string;
                            }[];
                        };
                    };
                };
                /** @description Unknown preset */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What deleting the connector would remove (versions and fixtures of every mapping kind), and what it keeps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            virtualNumbers: number;
                            teams: number;
                            agentMappings: number;
                            versions: number;
                            fixtures: number;
                            activities: number;
                            requestLogs: number;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clone a connector: settings, teams, its own live mappings of every kind (each as version 1) and fixtures (not its virtual numbers or secrets) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            presetId: string;
                            defaultCountry: string;
                            timeZone: string;
                            isDefault: boolean;
                            teamIds: string[];
                            virtualNumbers: {
                                number: string;
                                tag: string;
                                /** @enum {string} */
                                source: "manual" | "sync";
                            }[];
                            /** @enum {string} */
                            duplicatePolicy: "ignore" | "merge";
                            createUnknownLeads: boolean;
                            sso: {
                                enabled: boolean;
                            };
                            mappings: {
                                callLog: {
                                    expression: string;
                                    version: number;
                                    /** Format: date-time */
                                    updatedAt?: string;
                                };
                            };
                            authHeaderEnabled: boolean;
                            webhookUrls: {
                                callLog: string;
                                events: string;
                                route: string;
                                popup: string;
                                callEvent: string;
                                sso: string;
                            };
                            notice: string;
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Name taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, or null (never 401) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "ops" | "agent";
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/merge-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mail-merge values a provider request can use, with the seeds' @ spellings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                path: string;
                                handlebars: string;
                                mailMerge: string | null;
                                description: string;
                                /** @description Filled only for these operations */
                                only?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The connector's provider API: credentials (secrets only as set/unset), auth scheme, operations, DID sync */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            presetId: string;
                            credentials: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "boolean" | "select" | "country" | "timezone";
                                required: boolean;
                                secret?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                help?: string;
                                default?: string;
                                set: boolean;
                                /** @description Absent for secrets */
                                value?: string;
                            }[];
                            auth: {
                                /** @enum {string} */
                                kind: "none";
                            } | {
                                /** @enum {string} */
                                kind: "headers";
                                headers: {
                                    name: string;
                                    value: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "basic";
                                username: string;
                                password: string;
                            } | {
                                /** @enum {string} */
                                kind: "query";
                                name: string;
                                value: string;
                            } | {
                                /** @enum {string} */
                                kind: "token";
                                login: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                tokenKey: string;
                                expiresInKey?: string;
                                /** @default 600 */
                                ttlSeconds: number;
                                /** @description How requests carry the token, e.g. Authorization: {{token}} */
                                header: {
                                    name: string;
                                    value: string;
                                };
                                logout?: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                            };
                            authCustomised: boolean;
                            operations: {
                                clickToCall?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                disposition?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                popupPull?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                didList?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                hangup?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistAdd?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistRemove?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistAddMany?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistRemoveMany?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                callDetails?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                callStatus?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                            };
                            variants: {
                                id: string;
                                label: string;
                                /** @enum {string} */
                                operation: "clickToCall" | "disposition" | "popupPull" | "didList" | "hangup" | "blacklistAdd" | "blacklistRemove" | "blacklistAddMany" | "blacklistRemoveMany" | "callDetails" | "callStatus";
                                config: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                };
                            }[];
                            /** @description Template paths in the operations that are no merge value Patchcord fills (code unknown_merge_field), each naming its field (operations.<op>.request.url, …headers.<i>.value, …body.template) and the nearest known name */
                            warnings: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                            didSync: {
                                enabled: boolean;
                                intervalMinutes: number;
                                /** Format: date-time */
                                firstRunAt: string | null;
                                schedule: {
                                    nextRuns: string[];
                                    recentRuns: {
                                        /** Format: date-time */
                                        scheduledAt: string;
                                        workflowId: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set credentials (sealed), the auth scheme, operations and DID sync; templates are checked and the seeds' @fields translated */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description null removes a value */
                        credentials?: {
                            [key: string]: string | null;
                        };
                        /** @description null returns to the preset's scheme */
                        auth?: {
                            /** @enum {string} */
                            kind: "none";
                        } | {
                            /** @enum {string} */
                            kind: "headers";
                            headers: {
                                name: string;
                                value: string;
                            }[];
                        } | {
                            /** @enum {string} */
                            kind: "basic";
                            username: string;
                            password: string;
                        } | {
                            /** @enum {string} */
                            kind: "query";
                            name: string;
                            value: string;
                        } | {
                            /** @enum {string} */
                            kind: "token";
                            login: {
                                /** @enum {string} */
                                method: "GET" | "POST";
                                url: string;
                                headers?: {
                                    name: string;
                                    value: string;
                                }[];
                                body?: {
                                    /** @enum {string} */
                                    kind: "json" | "form" | "text";
                                    template: string;
                                };
                            };
                            tokenKey: string;
                            expiresInKey?: string;
                            /** @default 600 */
                            ttlSeconds?: number;
                            /** @description How requests carry the token, e.g. Authorization: {{token}} */
                            header: {
                                name: string;
                                value: string;
                            };
                            logout?: {
                                /** @enum {string} */
                                method: "GET" | "POST";
                                url: string;
                                headers?: {
                                    name: string;
                                    value: string;
                                }[];
                                body?: {
                                    /** @enum {string} */
                                    kind: "json" | "form" | "text";
                                    template: string;
                                };
                            };
                        } | null;
                        /** @description null returns an operation to the preset's */
                        operations?: {
                            clickToCall?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            disposition?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            popupPull?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            didList?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            hangup?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            blacklistAdd?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            blacklistRemove?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            blacklistAddMany?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            blacklistRemoveMany?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            callDetails?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                            callStatus?: {
                                enabled: boolean;
                                request: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                rules: ({
                                    keyword: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    exact?: boolean;
                                    message?: string;
                                } | {
                                    key: string;
                                    value?: string;
                                    /** @enum {string} */
                                    outcome: "success" | "error";
                                    message?: string;
                                } | {
                                    key: string;
                                    /** @enum {string} */
                                    outcome: "data";
                                    as?: string;
                                })[];
                                /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                responseMapping?: string;
                                /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                repeatable?: boolean;
                                /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                idempotencyHeader?: string;
                            } | null;
                        };
                        didSync?: {
                            enabled: boolean;
                            /** @default 240 */
                            intervalMinutes?: number;
                            /**
                             * Format: date-time
                             * @description Anchors the schedule: runs at this instant plus whole intervals
                             * @default null
                             */
                            firstRunAt?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            presetId: string;
                            credentials: {
                                key: string;
                                label: string;
                                /** @enum {string} */
                                type: "text" | "number" | "boolean" | "select" | "country" | "timezone";
                                required: boolean;
                                secret?: boolean;
                                options?: {
                                    value: string;
                                    label: string;
                                }[];
                                help?: string;
                                default?: string;
                                set: boolean;
                                /** @description Absent for secrets */
                                value?: string;
                            }[];
                            auth: {
                                /** @enum {string} */
                                kind: "none";
                            } | {
                                /** @enum {string} */
                                kind: "headers";
                                headers: {
                                    name: string;
                                    value: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "basic";
                                username: string;
                                password: string;
                            } | {
                                /** @enum {string} */
                                kind: "query";
                                name: string;
                                value: string;
                            } | {
                                /** @enum {string} */
                                kind: "token";
                                login: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                                tokenKey: string;
                                expiresInKey?: string;
                                /** @default 600 */
                                ttlSeconds: number;
                                /** @description How requests carry the token, e.g. Authorization: {{token}} */
                                header: {
                                    name: string;
                                    value: string;
                                };
                                logout?: {
                                    /** @enum {string} */
                                    method: "GET" | "POST";
                                    url: string;
                                    headers?: {
                                        name: string;
                                        value: string;
                                    }[];
                                    body?: {
                                        /** @enum {string} */
                                        kind: "json" | "form" | "text";
                                        template: string;
                                    };
                                };
                            };
                            authCustomised: boolean;
                            operations: {
                                clickToCall?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                disposition?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                popupPull?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                didList?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                hangup?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistAdd?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistRemove?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistAddMany?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                blacklistRemoveMany?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                callDetails?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                                callStatus?: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                    customised: boolean;
                                    /** @description Whether "back to the preset's" keeps the operation or removes it */
                                    inPreset: boolean;
                                };
                            };
                            variants: {
                                id: string;
                                label: string;
                                /** @enum {string} */
                                operation: "clickToCall" | "disposition" | "popupPull" | "didList" | "hangup" | "blacklistAdd" | "blacklistRemove" | "blacklistAddMany" | "blacklistRemoveMany" | "callDetails" | "callStatus";
                                config: {
                                    enabled: boolean;
                                    request: {
                                        /** @enum {string} */
                                        method: "GET" | "POST";
                                        url: string;
                                        headers?: {
                                            name: string;
                                            value: string;
                                        }[];
                                        body?: {
                                            /** @enum {string} */
                                            kind: "json" | "form" | "text";
                                            template: string;
                                        };
                                    };
                                    rules: ({
                                        keyword: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        exact?: boolean;
                                        message?: string;
                                    } | {
                                        key: string;
                                        value?: string;
                                        /** @enum {string} */
                                        outcome: "success" | "error";
                                        message?: string;
                                    } | {
                                        key: string;
                                        /** @enum {string} */
                                        outcome: "data";
                                        as?: string;
                                    })[];
                                    /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                                    responseMapping?: string;
                                    /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                                    repeatable?: boolean;
                                    /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                                    idempotencyHeader?: string;
                                };
                            }[];
                            /** @description Template paths in the operations that are no merge value Patchcord fills (code unknown_merge_field), each naming its field (operations.<op>.request.url, …headers.<i>.value, …body.template) and the nearest known name */
                            warnings: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                            didSync: {
                                enabled: boolean;
                                intervalMinutes: number;
                                /** Format: date-time */
                                firstRunAt: string | null;
                                schedule: {
                                    nextRuns: string[];
                                    recentRuns: {
                                        /** Format: date-time */
                                        scheduledAt: string;
                                        workflowId: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Invalid body or template */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/provider/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test API: send the real request with sample values; returns the rendered request (secrets redacted), the raw answer and the verdict */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        operation: "clickToCall" | "disposition" | "popupPull" | "didList" | "hangup" | "blacklistAdd" | "blacklistRemove" | "blacklistAddMany" | "blacklistRemoveMany" | "callDetails" | "callStatus";
                        /**
                         * @description Sample merge values; dotted keys such as "User.TelephonyAgentId" nest
                         * @default {}
                         */
                        values?: {
                            [key: string]: unknown;
                        };
                        /** @description Build the values from real records first */
                        from?: {
                            agentUserId?: string;
                            leadId?: string;
                            customerNumber?: string;
                            virtualNumber?: string;
                        };
                        /** @description An unsaved operation to test instead of the saved one */
                        config?: {
                            enabled: boolean;
                            request: {
                                /** @enum {string} */
                                method: "GET" | "POST";
                                url: string;
                                headers?: {
                                    name: string;
                                    value: string;
                                }[];
                                body?: {
                                    /** @enum {string} */
                                    kind: "json" | "form" | "text";
                                    template: string;
                                };
                            };
                            rules: ({
                                keyword: string;
                                /** @enum {string} */
                                outcome: "success" | "error";
                                exact?: boolean;
                                message?: string;
                            } | {
                                key: string;
                                value?: string;
                                /** @enum {string} */
                                outcome: "success" | "error";
                                message?: string;
                            } | {
                                key: string;
                                /** @enum {string} */
                                outcome: "data";
                                as?: string;
                            })[];
                            /** @description callDetails: JSONata from the provider's answer to call fields; absent, the connector's call-log mapping */
                            responseMapping?: string;
                            /** @description Whether sending the request twice does no more than once; absent, the operation's default (reads yes; clickToCall and disposition no). Only a repeatable request is sent again after an attempt whose outcome is unknown */
                            repeatable?: boolean;
                            /** @description The header the provider reads an idempotency key from; the key ({{idempotencyKey}}) is the same for every attempt of a step, and the operation counts as repeatable */
                            idempotencyHeader?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            request: {
                                /** @enum {string} */
                                method: "GET" | "POST";
                                url: string;
                                headers: {
                                    [key: string]: string;
                                };
                                body?: string;
                            } | null;
                            response?: {
                                status: number;
                                headers: {
                                    [key: string]: string;
                                };
                                body: string;
                                truncated: boolean;
                                elapsedMs: number;
                            };
                            verdict?: {
                                /** @enum {string} */
                                outcome: "success" | "error" | "unknown";
                                message: string;
                                data: {
                                    [key: string]: unknown;
                                };
                            };
                            error?: {
                                code: string;
                                message: string;
                                details: {
                                    field?: string;
                                    code: string;
                                    message: string;
                                    position?: number;
                                    token?: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Invalid body, template or missing sample values */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Operation not enabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/did-sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sync now: pull the provider's DID list into the virtual numbers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total?: number;
                            added?: string[];
                            removed?: string[];
                            virtualNumbers: {
                                number: string;
                                tag: string;
                                /** @enum {string} */
                                source?: "manual" | "sync";
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description DID list not enabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider kept failing; a failed step was recorded */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/connectors/{id}/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add numbers to, or remove them from, the provider's blacklist */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "add" | "remove";
                        numbers: string[];
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Operation not enabled */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider refused */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider did not answer */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/hangup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the provider to hang up the agent's current call (the connector's hangup request); the call ends when the provider reports it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        workflowId: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            requested: true;
                            message: string;
                        };
                    };
                };
                /** @description Not your call */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No such call */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The call already ended, or the connector has no hangup request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider refused */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider did not answer */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/virtual-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The virtual numbers the agent may call from (team connectors, else the default connector), and why click-to-call is unavailable when it is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                connectorId: string;
                                connectorName: string;
                                number: string;
                                tag: string;
                            }[];
                            /** @description Why the agent cannot place calls now, in words; null when the agent can */
                            unavailable: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/click-to-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Click-to-call from the agent console: the provider rings the agent, then the lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        leadId?: string;
                        /** @description The number to call; defaults to the lead's */
                        phone?: string;
                        /** @description One of the agent's virtual numbers; defaults to the first */
                        virtualNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "placed" | "rejected" | "failed";
                            message: string;
                            callSessionId: string;
                            providerCallId: string | null;
                            callWorkflowId: string | null;
                            connectorId: string;
                            virtualNumber: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Lead not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No virtual number available */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider refused (its own message) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider could not be reached, or did not answer and may have placed the call (PROVIDER_OUTCOME_UNKNOWN); a failed step was recorded */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mobile/click-to-call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cloud call from the mobile app (mobile cloud calling) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        leadId?: string;
                        /** @description The number to call; defaults to the lead's */
                        phone?: string;
                        /** @description One of the agent's virtual numbers; defaults to the first */
                        virtualNumber?: string;
                    };
                };
            };
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "placed" | "rejected" | "failed";
                            message: string;
                            callSessionId: string;
                            providerCallId: string | null;
                            callWorkflowId: string | null;
                            connectorId: string;
                            virtualNumber: string;
                        };
                    };
                };
                /** @description Invalid body */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description Lead not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No virtual number available */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider refused (its own message) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider could not be reached, or did not answer and may have placed the call (PROVIDER_OUTCOME_UNKNOWN); a failed step was recorded */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mobile/incoming-popup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling the agent's phone now: asks the provider's pull API and returns the lead popup */
        get: {
            parameters: {
                query?: {
                    /** @description Defaults to the agent's first phone number */
                    agentPhone?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ringing: boolean;
                            message: string;
                            customerNumber: string | null;
                            providerCallId: string | null;
                            connectorId: string | null;
                            lead?: unknown;
                        };
                    };
                };
                /** @description agentPhone is not one of your own phone numbers */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description No connector with a popup pull API */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider refused */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
                /** @description The provider did not answer */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            message: string;
                            details: {
                                field?: string;
                                code: string;
                                message: string;
                                position?: number;
                                token?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
