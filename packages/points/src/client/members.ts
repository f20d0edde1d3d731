import type {
  WireContactForm,
  WireContactInfo,
  WireCorpInfo,
  WireJoinForm,
  WireResponse,
} from "../wire.js";
import { type AnonymousPopbill, linkhubStringify } from "./anonymous.js";
import { type CallContext, as, get } from "./request.js";

/** What the token-less onboarding calls need besides the transport. */
export interface OnboardingDeps {
  anonymous?: AnonymousPopbill;
  /** The partner's LinkID: `LID=` of CheckIsMember and `LinkID` of the JoinForm. */
  linkId?: string;
}

function onboarding(deps: OnboardingDeps): { anonymous: AnonymousPopbill; linkId: string } {
  if (!deps.anonymous || !deps.linkId) {
    throw new Error(
      "member onboarding is not configured: pass `anonymous` (createAnonymousPopbill) and `linkId` to createPointsClient",
    );
  }
  return { anonymous: deps.anonymous, linkId: deps.linkId };
}

/**
 * Member onboarding and member data (BaseService.js:232-422). CheckIsMember, CheckID and
 * JoinMember go out without a token; the rest with the member's token. JoinForm, CorpInfo and
 * ContactInfo bodies are serialised the linkhub way (every falsy value dropped). Passwords pass
 * through to the body only: nothing here logs or keeps them.
 */
export function memberCalls(ctx: CallContext, deps: OnboardingDeps) {
  const { popbill } = ctx;
  const post = <T>(corpNum: string, path: string, body: string, userId?: string) =>
    popbill.request<T>({ ...as(corpNum, userId), method: "POST", path, body });

  return {
    /** CheckIsMember: `GET /Join?CorpNum={corpNum}&LID={LinkID}`, no token. */
    async checkIsMember(corpNum: string): Promise<WireResponse> {
      const { anonymous, linkId } = onboarding(deps);
      const query = `CorpNum=${encodeURIComponent(corpNum)}&LID=${encodeURIComponent(linkId)}`;
      return anonymous.request<WireResponse>({ method: "GET", path: `/Join?${query}` });
    },

    /** CheckID: whether a POPBiLL login id is taken (`GET /IDCheck?ID={id}`), no token. */
    async checkID(id: string): Promise<WireResponse> {
      const { anonymous } = onboarding(deps);
      return anonymous.request<WireResponse>({
        method: "GET",
        path: `/IDCheck?ID=${encodeURIComponent(id)}`,
      });
    },

    /** JoinMember: `POST /Join` with the JoinForm (the client fills `LinkID`), no token, sent once. */
    async joinMember(form: Omit<WireJoinForm, "LinkID">): Promise<WireResponse> {
      const { anonymous, linkId } = onboarding(deps);
      const body: WireJoinForm = {
        ID: form.ID,
        Password: form.Password,
        LinkID: linkId,
        CorpNum: form.CorpNum,
        CEOName: form.CEOName,
        CorpName: form.CorpName,
        Addr: form.Addr,
        BizType: form.BizType,
        BizClass: form.BizClass,
        ContactName: form.ContactName,
        ContactEmail: form.ContactEmail,
        ContactTEL: form.ContactTEL,
      };
      return anonymous.request<WireResponse>({
        method: "POST",
        path: "/Join",
        body: linkhubStringify(body),
      });
    },

    /** GetCorpInfo: the member's company details (`GET /CorpInfo`). */
    getCorpInfo: async (corpNum: string, userId?: string): Promise<WireCorpInfo> =>
      get(ctx, corpNum, "/CorpInfo", userId),

    /** UpdateCorpInfo: `POST /CorpInfo` with a CorpInfo. */
    updateCorpInfo: async (
      corpNum: string,
      info: WireCorpInfo,
      userId?: string,
    ): Promise<WireResponse> => post(corpNum, "/CorpInfo", linkhubStringify(info), userId),

    /** ListContact: the member's contacts, i.e. POPBiLL login accounts (`GET /IDs`). */
    listContact: async (corpNum: string, userId?: string): Promise<WireContactInfo[]> =>
      get(ctx, corpNum, "/IDs", userId),

    /** GetContactInfo: one contact (`POST /Contact` with `{"id": …}`; a read, so retried). */
    async getContactInfo(
      corpNum: string,
      contactId: string,
      userId?: string,
    ): Promise<WireContactInfo> {
      return popbill.request<WireContactInfo>({
        ...as(corpNum, userId),
        method: "POST",
        path: "/Contact",
        body: JSON.stringify({ id: contactId }),
        retry: "idempotent-post",
      });
    },

    /** RegistContact: adds a contact with its password (`POST /IDs/New`). */
    registContact: async (corpNum: string, contact: WireContactForm, userId?: string) =>
      post<WireResponse>(corpNum, "/IDs/New", linkhubStringify(contact), userId),

    /** UpdateContact: changes a contact named by `id` (`POST /IDs`; no password). */
    async updateContact(corpNum: string, contact: WireContactForm, userId?: string) {
      const { Password: _dropped, ...rest } = contact;
      return post<WireResponse>(corpNum, "/IDs", linkhubStringify(rest), userId);
    },
  };
}
