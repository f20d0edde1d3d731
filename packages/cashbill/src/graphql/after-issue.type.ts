import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

/** The receipt pages POPBiLL opens by URL (getPopUpURL … getPDFURL). */
export enum CashbillPage {
  POPUP = "POPUP",
  VIEW = "VIEW",
  PRINT = "PRINT",
  MAIL = "MAIL",
  PDF = "PDF",
}
registerEnumType(CashbillPage, {
  name: "CashbillPage",
  description: "A POPBiLL page of one receipt.",
  valuesConfig: {
    POPUP: { description: "The receipt with POPBiLL's menu (getPopUpURL)." },
    VIEW: { description: "The receipt alone, no menu (getViewURL)." },
    PRINT: { description: "The print view (getPrintURL)." },
    MAIL: { description: "The page the buyer's e-mail links to (getMailURL)." },
    PDF: { description: "The receipt as a PDF (getPDFURL)." },
  },
});

/** A POPBiLL page URL that works for 30 seconds (same shape as PointsPageUrl / HometaxPopupUrl). */
@ObjectType("CashbillPageUrl", {
  description:
    "A POPBiLL receipt page to open (in a pop-up); it stops working 30 seconds after issue.",
})
export class CashbillPageUrl {
  @Field(() => String, { description: "The page, with a one-time session." })
  url!: string;

  @Field(() => String, {
    description: "When the URL stops working, ISO-8601 with +09:00 (30 s after korbill asked).",
  })
  expiresAt!: string;
}

/** One entry of a receipt's history (CashbillLog). */
@ObjectType("CashbillLog", { description: "One entry of a receipt's history, oldest first." })
export class CashbillLog {
  @Field(() => Int, { description: "POPBiLL's log type number (docLogType)." })
  docLogType!: number;

  @Field(() => String, { nullable: true, description: "What happened, as POPBiLL words it." })
  log!: string | null;

  @Field(() => String, { nullable: true, description: "The kind of step (procType)." })
  procType!: string | null;

  @Field(() => String, { nullable: true, description: "Memo given with the step." })
  procMemo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "When, ISO-8601 with +09:00 (POPBiLL's yyyyMMddHHmmss in KST).",
  })
  at!: string | null;

  @Field(() => String, { nullable: true, description: "IP address that caused the step." })
  ip!: string | null;
}

/** One e-mail setting of the member (listEmailConfig). */
@ObjectType("CashbillEmailConfig", {
  description: "Whether POPBiLL e-mails buyers on an event (CSH_ISSUE: the receipt was issued).",
})
export class CashbillEmailConfig {
  @Field(() => String, { description: "POPBiLL's e-mail type, e.g. CSH_ISSUE." })
  emailType!: string;

  @Field(() => Boolean, { description: "Whether the e-mail is sent." })
  send!: boolean;
}

/** A receipt's PDF, inline (getPDF). */
@ObjectType("CashbillPdf", {
  description:
    "A receipt's PDF as POPBiLL renders it, inline as base64 so any GraphQL client can offer it for download (e.g. a Blob and an object URL) with the key it already uses.",
})
export class CashbillPdf {
  @Field(() => String, { description: "A file name to save it under: `{mgtKey}.pdf`." })
  fileName!: string;

  @Field(() => String, { description: "Always application/pdf." })
  contentType!: string;

  @Field(() => Int, { description: "Size in bytes." })
  size!: number;

  @Field(() => String, { description: "The PDF's bytes, base64 (RFC 4648, with padding)." })
  base64!: string;
}

/** What getDetailInfo adds to `Cashbill`: the seller, notification and cancel fields. */
@ObjectType("CashbillDetail", {
  description:
    "The parts of a receipt that only POPBiLL's full record holds (getDetailInfo): seller, fax, notification and cancel details. Query `cashbill` beside it for state and amounts. Fields POPBiLL leaves blank are null.",
})
export class CashbillDetail {
  @Field(() => String, { description: "Your document number." })
  mgtKey!: string;

  @Field(() => String, { nullable: true, description: "Seller's business number (10 digits)." })
  franchiseCorpNum!: string | null;

  @Field(() => String, { nullable: true, description: "Seller's branch number (종사업장)." })
  franchiseTaxRegId!: string | null;

  @Field(() => String, { nullable: true, description: "Seller's name." })
  franchiseCorpName!: string | null;

  @Field(() => String, { nullable: true, description: "Seller's representative." })
  franchiseCeoName!: string | null;

  @Field(() => String, { nullable: true, description: "Seller's address." })
  franchiseAddr!: string | null;

  @Field(() => String, { nullable: true, description: "Seller's phone number." })
  franchiseTel!: string | null;

  @Field(() => String, { nullable: true, description: "Buyer's fax number." })
  fax!: string | null;

  @Field(() => Boolean, { description: "Whether the buyer was notified by SMS at issue." })
  smsSend!: boolean;

  @Field(() => Boolean, { description: "Whether the buyer was notified by fax at issue." })
  faxSend!: boolean;

  @Field(() => String, { nullable: true, description: "Subject of the buyer's e-mail." })
  emailSubject!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Cancel receipts: 1 trade cancelled, 2 issued in error, 3 other.",
  })
  cancelType!: number | null;
}
