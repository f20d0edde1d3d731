import { graphql } from "../generated/gql.js";

/** A 30-second URL of a receipt page (view, popup, print, mail link or PDF). */
export const CashbillPageUrlDocument = graphql(`
  query CashbillPageUrl($mgtKey: String!, $page: CashbillPage!, $corpNum: String) {
    cashbillPageUrl(mgtKey: $mgtKey, page: $page, corpNum: $corpNum) {
      url
      expiresAt
    }
  }
`);

/** One print page for up to 100 receipts. */
export const CashbillMassPrintUrlDocument = graphql(`
  query CashbillMassPrintUrl($mgtKeys: [String!]!, $corpNum: String) {
    cashbillMassPrintUrl(mgtKeys: $mgtKeys, corpNum: $corpNum) {
      url
      expiresAt
    }
  }
`);

/** Resends a receipt by e-mail. */
export const ResendCashbillEmailDocument = graphql(`
  mutation ResendCashbillEmail($mgtKey: String!, $receiver: String!, $corpNum: String) {
    resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver, corpNum: $corpNum)
  }
`);

/** Resends a receipt by SMS. */
export const ResendCashbillSmsDocument = graphql(`
  mutation ResendCashbillSms(
    $mgtKey: String!
    $sender: String!
    $receiver: String!
    $contents: String!
    $corpNum: String
  ) {
    resendCashbillSms(
      mgtKey: $mgtKey
      sender: $sender
      receiver: $receiver
      contents: $contents
      corpNum: $corpNum
    )
  }
`);

/** Where a receipt's buyer is reached (its e-mail and mobile number), to prefill a resend. */
export const CashbillContactDocument = graphql(`
  query CashbillContact($mgtKey: String!, $corpNum: String) {
    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {
      mgtKey
      email
      hp
    }
  }
`);

/** A receipt's history, oldest first. */
export const CashbillLogsDocument = graphql(`
  query CashbillLogs($mgtKey: String!, $corpNum: String) {
    cashbillLogs(mgtKey: $mgtKey, corpNum: $corpNum) {
      docLogType
      log
      procType
      procMemo
      at
    }
  }
`);

/** A receipt's PDF inline (base64): decode into a Blob to offer a download. */
export const CashbillPdfDocument = graphql(`
  query CashbillPdf($mgtKey: String!, $corpNum: String) {
    cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) {
      fileName
      contentType
      size
      base64
    }
  }
`);

/** The full record's seller, fax, notification and cancel fields. */
export const CashbillDetailDocument = graphql(`
  query CashbillDetail($mgtKey: String!, $corpNum: String) {
    cashbillDetail(mgtKey: $mgtKey, corpNum: $corpNum) {
      mgtKey
      franchiseCorpNum
      franchiseCorpName
      franchiseCeoName
      franchiseAddr
      franchiseTel
      fax
      smsSend
      faxSend
      emailSubject
      cancelType
    }
  }
`);
