/**
 * The `signinthrottles` collection: failed password sign-ins counted per email, so that every API
 * process refuses an email that has failed too often, whatever address the attempts come from.
 * One document per email that failed recently; `expiresAt` is when it no longer matters, and the
 * sign-in service and the API's hourly housekeeping delete expired ones (FerretDB v1 has no TTL indexes).
 */
import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

const signInThrottleSchema = new Schema({
  /** The email as signed in with, lower-cased and trimmed (it need not belong to a user). */
  email: { type: String, required: true },
  /** Failures since `windowStart`. */
  failures: { type: Number, required: true },
  windowStart: { type: Date, required: true },
  /** Sign-ins for this email are refused until then. */
  lockedUntil: { type: Date, default: null },
  expiresAt: { type: Date, required: true },
});
signInThrottleSchema.index({ email: 1 }, { unique: true });
signInThrottleSchema.index({ expiresAt: 1 });

export type SignInThrottleModel = Model<InferSchemaType<typeof signInThrottleSchema>>;

export function makeSignInThrottleModel(conn: Connection): SignInThrottleModel {
  return conn.model('SignInThrottle', signInThrottleSchema) as SignInThrottleModel;
}
