import { refill } from "../persist/maps.js";
import { createHash } from "node:crypto";
import { type HometaxService } from "./types.js";

/** A registered department user (부서사용자); the password is kept only as a digest. */
export interface DeptUserRecord {
  readonly id: string;
  /** SHA-256 of id and password, compared with the HomeTax account's. */
  readonly digest: string;
  /** Whether a `secAuth` (identity number) was sent; its value is not kept. */
  readonly secAuth: boolean;
  readonly registeredAtMs: number;
}

/** A registered joint certificate (공동인증서). */
export interface CertificateRecord {
  readonly expiresAtMs: number;
  /** False once HomeTax refuses it (revoked, replaced) although it has not expired. */
  readonly valid: boolean;
  readonly registeredAtMs: number;
}

function digestOf(id: string, pwd: string): string {
  return createHash("sha256").update(`${id}\u0000${pwd}`, "utf8").digest("hex");
}

function key(corpNum: string, service: HometaxService): string {
  return `${corpNum}/${service}`;
}

/**
 * What stands between POPBiLL and HomeTax for each member: the department-user accounts
 * HomeTax itself accepts ("real HomeTax" credentials, set by controls), and per service the
 * department user and certificate registered with POPBiLL. Passwords are never stored in
 * clear, so nothing here can leak one.
 */
export class HometaxLogins {
  readonly #accounts = new Map<string, { id: string; digest: string }>();
  readonly #deptUsers = new Map<string, DeptUserRecord>();
  readonly #certificates = new Map<string, CertificateRecord>();

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump() {
    return {
      accounts: this.#accounts,
      deptUsers: this.#deptUsers,
      certificates: this.#certificates,
    };
  }

  load(data: ReturnType<HometaxLogins["dump"]>): void {
    refill(this.#accounts, data.accounts);
    refill(this.#deptUsers, data.deptUsers);
    refill(this.#certificates, data.certificates);
  }

  /** Sets the department-user account HomeTax accepts for the member (replacing any). */
  setAccount(corpNum: string, id: string, pwd: string): void {
    if (id === "" || pwd === "") throw new RangeError("id and pwd must not be empty");
    this.#accounts.set(corpNum, { id, digest: digestOf(id, pwd) });
  }

  /** Removes the member's HomeTax account: every department-user login fails from now on. */
  clearAccount(corpNum: string): void {
    this.#accounts.delete(corpNum);
  }

  /** The ID of the member's HomeTax account, if one is configured. */
  accountId(corpNum: string): string | undefined {
    return this.#accounts.get(corpNum)?.id;
  }

  /** Whether HomeTax accepts `id`/`pwd` for the member right now. */
  accepts(corpNum: string, id: string, pwd: string): boolean {
    return this.#accounts.get(corpNum)?.digest === digestOf(id, pwd);
  }

  /** Registers a department user after HomeTax accepted it. */
  registerDeptUser(
    corpNum: string,
    service: HometaxService,
    user: { id: string; pwd: string; secAuth: boolean },
    nowMs: number,
  ): void {
    const record = { id: user.id, digest: digestOf(user.id, user.pwd), secAuth: user.secAuth };
    this.#deptUsers.set(key(corpNum, service), { ...record, registeredAtMs: nowMs });
  }

  /** The registered department user, if any. */
  deptUser(corpNum: string, service: HometaxService): DeptUserRecord | undefined {
    return this.#deptUsers.get(key(corpNum, service));
  }

  /** Deletes the registered department user; false when there was none. */
  deleteDeptUser(corpNum: string, service: HometaxService): boolean {
    return this.#deptUsers.delete(key(corpNum, service));
  }

  /** Whether the registered department user still logs in (HomeTax may have changed). */
  deptUserLogsIn(corpNum: string, service: HometaxService): boolean {
    const user = this.deptUser(corpNum, service);
    return user !== undefined && this.#accounts.get(corpNum)?.digest === user.digest;
  }

  /** Registers (or replaces) the certificate of a service, valid until `expiresAtMs`. */
  registerCertificate(
    corpNum: string,
    service: HometaxService,
    expiresAtMs: number,
    nowMs: number,
  ): CertificateRecord {
    const record = { expiresAtMs, valid: true, registeredAtMs: nowMs };
    this.#certificates.set(key(corpNum, service), record);
    return record;
  }

  /** Makes HomeTax refuse the registered certificate; false when there is none. */
  invalidateCertificate(corpNum: string, service: HometaxService): boolean {
    const record = this.certificate(corpNum, service);
    if (record === undefined) return false;
    this.#certificates.set(key(corpNum, service), { ...record, valid: false });
    return true;
  }

  /** Removes the registered certificate; false when there was none. */
  removeCertificate(corpNum: string, service: HometaxService): boolean {
    return this.#certificates.delete(key(corpNum, service));
  }

  /** The registered certificate, if any. */
  certificate(corpNum: string, service: HometaxService): CertificateRecord | undefined {
    return this.#certificates.get(key(corpNum, service));
  }

  /** Whether the registered certificate logs in at `nowMs`: not expired and not refused. */
  certificateLogsIn(corpNum: string, service: HometaxService, nowMs: number): boolean {
    const record = this.certificate(corpNum, service);
    return record !== undefined && record.valid && nowMs < record.expiresAtMs;
  }

  /** Whether anything at all is registered for the service. */
  hasAny(corpNum: string, service: HometaxService): boolean {
    return (
      this.deptUser(corpNum, service) !== undefined ||
      this.certificate(corpNum, service) !== undefined
    );
  }

  /** Whether crawling can log in: the department user first, else the certificate [INF]. */
  canLogIn(corpNum: string, service: HometaxService, nowMs: number): boolean {
    return this.deptUserLogsIn(corpNum, service) || this.certificateLogsIn(corpNum, service, nowMs);
  }
}
