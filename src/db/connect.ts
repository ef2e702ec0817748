import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a dedicated connection (not mongoose's global one) so several databases can live in one
 * process. FerretDB v1 has no sessions/transactions, so nothing here asks for them.
 *
 * `bufferCommands: false`: the connection is open before any model is used (this function waits for
 * it), so Mongoose never needs to queue an operation, and a database that goes away later is met by
 * the driver's own server selection alone (bounded by serverSelectionTimeoutMS) rather than by a
 * queue's timeout followed by it. The driver has no per-operation time limit covering server
 * selection, so paths that must answer sooner (webhooks) bound their work with `withinDeadline`
 * (./availability).
 */
export async function connectDb(url: string, dbName?: string): Promise<Connection> {
  const conn = mongoose.createConnection(url, {
    ...(dbName ? { dbName } : {}),
    autoIndex: false,
    autoCreate: false,
    bufferCommands: false,
    serverSelectionTimeoutMS: 10_000,
  });
  await conn.asPromise();
  return conn;
}
