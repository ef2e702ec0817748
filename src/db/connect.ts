import mongoose, { type Connection } from 'mongoose';

/**
 * Opens a dedicated connection (not mongoose's global one) so several databases can live in one
 * process. FerretDB v1 has no sessions/transactions, so nothing here asks for them.
 */
export async function connectDb(url: string, dbName?: string): Promise<Connection> {
  const conn = mongoose.createConnection(url, {
    ...(dbName ? { dbName } : {}),
    autoIndex: false,
    autoCreate: false,
    serverSelectionTimeoutMS: 10_000,
  });
  await conn.asPromise();
  return conn;
}
