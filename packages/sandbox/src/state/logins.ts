import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { refill } from "../persist/maps.js";

/** A POPBiLL login as the sandbox keeps it: never the password, only a salted hash. */
interface Login {
  readonly userId: string;
  readonly corpNum: string;
  /** `scrypt$<salt b64>$<hash b64>`, or `undefined` for seeded users without a password. */
  readonly passwordHash: string | undefined;
}

const KEY_LENGTH = 32;

/**
 * Every POPBiLL login id (JoinMember's `ID`, RegistContact's `id`, seeded users) across all
 * members: ids are unique service-wide ([INF] compared case-insensitively). Passwords are
 * stored only as salted scrypt hashes, and nothing here logs or returns them.
 */
export class LoginRegistry {
  readonly #logins = new Map<string, Login>();

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump(): { logins: Map<string, Login> } {
    return { logins: this.#logins };
  }

  load(data: ReturnType<LoginRegistry["dump"]>): void {
    refill(this.#logins, data.logins);
  }

  /** Whether the id is taken by any member. */
  taken(userId: string): boolean {
    return this.#logins.has(userId.toLowerCase());
  }

  /** The CorpNum whose login `userId` is. */
  corpNumOf(userId: string): string | undefined {
    return this.#logins.get(userId.toLowerCase())?.corpNum;
  }

  /** Registers a login; throws when the id is taken (callers check {@link taken} first). */
  register(userId: string, corpNum: string, password?: string): void {
    if (this.taken(userId)) throw new Error(`login id ${userId} already exists`);
    const passwordHash = password === undefined ? undefined : hashPassword(password);
    this.#logins.set(userId.toLowerCase(), { userId, corpNum, passwordHash });
  }

  /** Forgets a login (DeleteContact, QuitMember): its id becomes free again. */
  remove(userId: string): void {
    this.#logins.delete(userId.toLowerCase());
  }

  /** Whether a password was stored for the login (as a hash). */
  hasPassword(userId: string): boolean {
    return this.#logins.get(userId.toLowerCase())?.passwordHash !== undefined;
  }

  /** Whether `password` is the login's password (constant-time comparison of hashes). */
  verify(userId: string, password: string): boolean {
    const stored = this.#logins.get(userId.toLowerCase())?.passwordHash;
    if (stored === undefined) return false;
    const [, salt = "", hash = ""] = stored.split("$");
    const expected = Buffer.from(hash, "base64");
    const actual = scryptSync(password, Buffer.from(salt, "base64"), KEY_LENGTH);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`;
}
