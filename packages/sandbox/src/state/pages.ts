import { randomBytes } from "node:crypto";
import { refill } from "../persist/maps.js";

/** Pages remembered before the oldest is forgotten. */
const MAX_PAGES = 10_000;

/** A short-lived page the sandbox serves in place of a POPBiLL/Linkhub web page. */
export interface ShortLivedPage {
  /** Random id used in the page URL. */
  readonly id: string;
  /** What the page shows, e.g. `CHRG` (partner point charge). */
  readonly kind: string;
  /** Partner the page was opened for. */
  readonly linkId: string;
  /** Member the page was opened for, when any. */
  readonly corpNum: string | undefined;
  /** Receipts the page shows (cash-receipt pages only). */
  readonly mgtKeys?: readonly string[];
  /** Sandbox time after which the page answers 403. */
  readonly expiresAt: Date;
}

/**
 * Pages behind the URLs POPBiLL makes valid for 30 seconds (charge, popup, print ...).
 * Pages are kept after expiry so that a late visit can tell "expired" from "unknown".
 */
export class PageStore {
  readonly #pages = new Map<string, ShortLivedPage>();

  /** Creates a page and returns it. */
  create(page: Omit<ShortLivedPage, "id">): ShortLivedPage {
    const stored: ShortLivedPage = { ...page, id: randomBytes(16).toString("hex") };
    this.#pages.set(stored.id, stored);
    if (this.#pages.size > MAX_PAGES) {
      const oldest = this.#pages.keys().next().value;
      if (oldest !== undefined) this.#pages.delete(oldest);
    }
    return stored;
  }

  /** The page with this id, expired or not. */
  get(id: string): ShortLivedPage | undefined {
    return this.#pages.get(id);
  }

  /** Persistence (see src/persist/): the raw data, and its replacement on restore. */
  dump(): { pages: Map<string, ShortLivedPage> } {
    return { pages: this.#pages };
  }

  load(data: ReturnType<PageStore["dump"]>): void {
    refill(this.#pages, data.pages);
  }
}
