'use strict';
// A unix-socket proxy between a MariaDB client and mariadbd that cuts the
// connection at a chosen point, for tests of what the client does then.
// It reads just enough of the protocol: a packet is a 3-byte length, a
// sequence id, then the payload; a command is a client packet with sequence
// id 0, its first payload byte the command (0x17 COM_STMT_EXECUTE).
//
//   const proxy = await MariaDbProxy.listen(listenPath, serverPath);
//   proxy.cutExecute();   // the next COM_STMT_EXECUTE reaches the server, which
//                         // runs it; its reply is thrown away and both sides
//                         // are closed
//   proxy.dropAll();      // close every connection now (an idle drop)
//   await proxy.close();

const net = require('node:net');
const fs = require('node:fs');

const COM_STMT_EXECUTE = 0x17;

class MariaDbProxy {
	constructor(serverPath) {
		this.serverPath = serverPath;
		this.pairs = new Set();
		this.connections = 0;   // accepted so far
		this.cuts = 0;          // executes whose reply was thrown away
		this.armed = 0;         // cut the armed-th COM_STMT_EXECUTE from now (0: none)
		this.server = net.createServer((client) => this.accept(client));
	}

	static listen(listenPath, serverPath) {
		fs.rmSync(listenPath, { force: true });
		const proxy = new MariaDbProxy(serverPath);
		return new Promise((resolve, reject) => {
			proxy.server.once('error', reject);
			proxy.server.listen(listenPath, () => resolve(proxy));
		});
	}

	cutExecute(nth = 1) {
		this.armed = nth;
	}

	accept(client) {
		this.connections++;
		const upstream = net.connect(this.serverPath);
		const pair = { client, upstream, cutting: false };
		this.pairs.add(pair);
		const drop = () => this.drop(pair);
		client.on('error', drop).on('close', drop);
		upstream.on('error', drop).on('close', drop);
		let pending = Buffer.alloc(0);
		client.on('data', (chunk) => {
			pending = Buffer.concat([pending, chunk]);
			pending = this.forwardPackets(pair, pending);
		});
		upstream.on('data', (chunk) => {
			if (!pair.cutting)
				return client.write(chunk);
			this.cuts++;    // the server has answered: it ran the statement
			drop();
		});
	}

	// Forwards the complete packets at the start of BUF; returns the rest.
	forwardPackets(pair, buf) {
		while (buf.length >= 4) {
			const len = buf.readUIntLE(0, 3);
			if (buf.length < 4 + len)
				break;
			const seq = buf[3];
			const isExecute = seq === 0 && len > 0 && buf[4] === COM_STMT_EXECUTE;
			pair.upstream.write(buf.subarray(0, 4 + len));
			buf = buf.subarray(4 + len);
			if (isExecute && this.armed > 0 && --this.armed === 0)
				pair.cutting = true;
		}
		return buf;
	}

	drop(pair) {
		if (!this.pairs.delete(pair))
			return;
		pair.client.destroy();
		pair.upstream.destroy();
	}

	dropAll() {
		for (const pair of [...this.pairs])
			this.drop(pair);
	}

	close() {
		this.dropAll();
		return new Promise((resolve) => this.server.close(() => resolve()));
	}
}

module.exports = { MariaDbProxy };
