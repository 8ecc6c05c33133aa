import net from 'node:net';

export interface StatementCounter {
  /** A URL like `target` whose host and port are the counter's. */
  url: string;
  /** Round trips the clients asked for so far: simple queries ('Q') and extended-protocol syncs ('S'). */
  roundTrips(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that reads the frontend protocol the
 * clients send and counts their round trips: each simple query message
 * ('Q', which BEGIN and COMMIT use) and each Sync ('S', which ends one
 * parse/bind/execute of an extended-protocol statement; node-postgres sends
 * one per statement). It needs nothing of the server (no
 * pg_stat_statements), and sees only what the clients connected through it
 * send. SSL is refused, so the clients talk in the clear.
 */
export async function startStatementCounter(target: string): Promise<StatementCounter> {
  const upstream = new URL(target);
  let count = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
    sockets.add(client).add(server);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === 80877103 || code === 80877104) {
            client.write('N'); // SSLRequest or GSSENCRequest: not here
            continue;
          }
          server.write(message);
          started = true;
          continue;
        }
        if (buffer.length < 5) return;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) return;
        const type = String.fromCharCode(buffer[0]!);
        if (type === 'Q' || type === 'S') count++;
        server.write(buffer.subarray(0, length + 1));
        buffer = buffer.subarray(length + 1);
      }
    });
    server.pipe(client);
    const end = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on('close', end).on('error', end);
    server.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    roundTrips: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
