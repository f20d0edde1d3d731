// Claims the units named in argv and holds them until killed (used by the takeover test).
import { PostgresClaims } from "../dist/index.js";

const [url, namespace, ...units] = process.argv.slice(2);
const claims = new PostgresClaims({ connectionString: url, namespace });
const held = await claims.claimMany(units);
// The open claims connection keeps the process alive.
process.stdout.write(`HELD ${[...held].sort().join(",")}\n`);
