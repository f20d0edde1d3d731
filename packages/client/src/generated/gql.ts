/* eslint-disable */
import * as types from "./graphql.js";
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  "\n  mutation IssueBillingKey(\n    $customerUid: String!\n    $card: CardInput!\n    $customer: CustomerInput\n    $corpNum: String\n  ) {\n    issueBillingKey(\n      customerUid: $customerUid\n      card: $card\n      customer: $customer\n      corpNum: $corpNum\n    ) {\n      customerUid\n      cardName\n      cardNumber\n      cardCode\n      issuer\n      pgProvider\n      insertedAt\n      updatedAt\n      replaced\n      replacementCount\n    }\n  }\n": typeof types.IssueBillingKeyDocument;
  "\n  mutation ChargeBillingKey(\n    $customerUid: String!\n    $merchantUid: String!\n    $amount: Int!\n    $name: String!\n    $taxFree: Int\n    $customData: String\n    $corpNum: String\n  ) {\n    chargeBillingKey(\n      customerUid: $customerUid\n      merchantUid: $merchantUid\n      amount: $amount\n      name: $name\n      taxFree: $taxFree\n      customData: $customData\n      corpNum: $corpNum\n    ) {\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      currency\n      status\n      paidAt\n      failedAt\n      failReason\n      cardName\n      cardNumber\n      receiptUrl\n    }\n  }\n": typeof types.ChargeBillingKeyDocument;
  "\n  subscription PaymentEvents($after: String, $customerUid: String, $corpNum: String) {\n    paymentEvents(after: $after, customerUid: $customerUid, corpNum: $corpNum) {\n      cursor\n      type\n      status\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      failReason\n      at\n    }\n  }\n": typeof types.PaymentEventsDocument;
  "\n  query BulkSubmissions(\n    $from: String!\n    $to: String!\n    $state: BulkState\n    $failuresOnly: Boolean\n    $first: Int\n    $after: String\n    $corpNum: String\n  ) {\n    bulkSubmissions(\n      from: $from\n      to: $to\n      state: $state\n      failuresOnly: $failuresOnly\n      first: $first\n      after: $after\n      corpNum: $corpNum\n    ) {\n      nodes {\n        submitId\n        state\n        submitCount\n        successCount\n        failCount\n        filedCount\n        filingFailedCount\n        submittedAt\n        completedAt\n        error\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.BulkSubmissionsDocument;
  "\n  query BulkDaySummary($date: String!, $corpNum: String) {\n    bulkDaySummary(date: $date, corpNum: $corpNum) {\n      date\n      corpNum\n      submissions\n      submissionsByState {\n        RECORDED\n        SUBMITTED\n        RECONCILING\n        PROCESSING\n        COMPLETED\n        FAILED\n      }\n      receipts\n      issued\n      refused\n      pending\n      filed\n      filingFailed\n      cancellations\n      amounts {\n        supplyCost\n        tax\n        serviceFee\n        totalAmount\n      }\n      unitCost\n      pointsSpent\n    }\n  }\n": typeof types.BulkDaySummaryDocument;
  "\n  query CashbillPageUrl($mgtKey: String!, $page: CashbillPage!, $corpNum: String) {\n    cashbillPageUrl(mgtKey: $mgtKey, page: $page, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CashbillPageUrlDocument;
  "\n  query CashbillMassPrintUrl($mgtKeys: [String!]!, $corpNum: String) {\n    cashbillMassPrintUrl(mgtKeys: $mgtKeys, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CashbillMassPrintUrlDocument;
  "\n  mutation ResendCashbillEmail($mgtKey: String!, $receiver: String!, $corpNum: String) {\n    resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver, corpNum: $corpNum)\n  }\n": typeof types.ResendCashbillEmailDocument;
  "\n  mutation ResendCashbillSms(\n    $mgtKey: String!\n    $sender: String!\n    $receiver: String!\n    $contents: String!\n    $corpNum: String\n  ) {\n    resendCashbillSms(\n      mgtKey: $mgtKey\n      sender: $sender\n      receiver: $receiver\n      contents: $contents\n      corpNum: $corpNum\n    )\n  }\n": typeof types.ResendCashbillSmsDocument;
  "\n  query CashbillContact($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      email\n      hp\n    }\n  }\n": typeof types.CashbillContactDocument;
  "\n  query CashbillLogs($mgtKey: String!, $corpNum: String) {\n    cashbillLogs(mgtKey: $mgtKey, corpNum: $corpNum) {\n      docLogType\n      log\n      procType\n      procMemo\n      at\n    }\n  }\n": typeof types.CashbillLogsDocument;
  "\n  query CashbillPdf($mgtKey: String!, $corpNum: String) {\n    cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) {\n      fileName\n      contentType\n      size\n      base64\n    }\n  }\n": typeof types.CashbillPdfDocument;
  "\n  query CashbillDetail($mgtKey: String!, $corpNum: String) {\n    cashbillDetail(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      franchiseCorpNum\n      franchiseCorpName\n      franchiseCeoName\n      franchiseAddr\n      franchiseTel\n      fax\n      smsSend\n      faxSend\n      emailSubject\n      cancelType\n    }\n  }\n": typeof types.CashbillDetailDocument;
  "\n  mutation IssueCashbill($input: CashbillInput!, $corpNum: String) {\n    issueCashbill(input: $input, corpNum: $corpNum) {\n      mgtKey\n      confirmNum\n      tradeDate\n      tradeAt\n    }\n  }\n": typeof types.IssueCashbillDocument;
  "\n  mutation BulkIssueCashbills($submitId: String!, $cashbills: [CashbillInput!]!, $corpNum: String) {\n    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills, corpNum: $corpNum) {\n      submitId\n      state\n      submitCount\n      successCount\n      failCount\n      receiptId\n      submittedAt\n    }\n  }\n": typeof types.BulkIssueCashbillsDocument;
  "\n  query BulkSubmission($submitId: String!, $corpNum: String) {\n    bulkSubmission(submitId: $submitId, corpNum: $corpNum) {\n      submitId\n      state\n      txState\n      submitCount\n      successCount\n      failCount\n      filedCount\n      filingFailedCount\n      receiptId\n      submittedAt\n      completedAt\n      error\n      results {\n        mgtKey\n        success\n        code\n        message\n        confirmNum\n        tradeDate\n        issuedAt\n        ntsState\n        ntsResultCode\n      }\n    }\n  }\n": typeof types.BulkSubmissionDocument;
  "\n  subscription CashbillEvents(\n    $after: String\n    $submitId: String\n    $types: [CashbillEventType!]\n    $corpNum: String\n  ) {\n    cashbillEvents(after: $after, submitId: $submitId, types: $types, corpNum: $corpNum) {\n      cursor\n      type\n      at\n      corpNum\n      submitId\n      mgtKey\n      success\n      code\n      message\n      confirmNum\n      tradeDate\n      ntsResultCode\n      ntsResultMessage\n    }\n  }\n": typeof types.CashbillEventsDocument;
  "\n  query Cashbill($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      state\n      confirmNum\n      tradeDate\n    }\n  }\n": typeof types.CashbillDocument;
  "\n  query CashbillCost($corpNum: String) {\n    cashbillUnitCost(corpNum: $corpNum) {\n      unitCost\n    }\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n    }\n  }\n": typeof types.CashbillCostDocument;
  "\n  subscription Clock($count: Int) {\n    clock(count: $count, intervalMs: 100) {\n      now\n      seq\n    }\n  }\n": typeof types.ClockDocument;
  "\n  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {\n    requestHometaxJob(input: $input, corpNum: $corpNum) {\n      jobId\n      service\n      status\n      jobState\n      direction\n      dateType\n      from\n      to\n      requestedAt\n      expiresAt\n    }\n  }\n": typeof types.RequestHometaxJobDocument;
  "\n  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {\n    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {\n      cursor\n      type\n      jobId\n      service\n      status\n      jobState\n      collectCount\n      errorCode\n      errorReason\n      at\n    }\n  }\n": typeof types.HometaxJobEventsDocument;
  "\n  query HometaxReadiness($service: HometaxService!, $corpNum: String) {\n    hometaxReadiness(service: $service, corpNum: $corpNum) {\n      service\n      status\n      method\n      advice\n      flatRateActive\n      certificateExpiresAt\n      certificateDaysLeft\n      problemCode\n      problemMessage\n      checkedAt\n    }\n  }\n": typeof types.HometaxReadinessDocument;
  "\n  query HometaxFlatRate($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRate(service: $service, corpNum: $corpNum) {\n      service\n      corpNum\n      active\n      state\n      contractedAt\n      useEndDate\n      closeRequested\n      useRestricted\n      unpaid\n      problemCode\n      problemMessage\n    }\n  }\n": typeof types.HometaxFlatRateDocument;
  "\n  query HometaxFlatRatePopupUrl($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRatePopupUrl(service: $service, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.HometaxFlatRatePopupUrlDocument;
  "\n  query HometaxTaxinvoiceDetail($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceDetail(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      ntsConfirmNum\n      writeDate\n      issuedAt\n      taxType\n      purposeType\n      modifyCode\n      orgNtsConfirmNum\n      invoicer {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n      }\n      invoicee {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n        email2\n        type\n      }\n      trustee {\n        corpNum\n        corpName\n      }\n      supplyCostTotal\n      taxTotal\n      totalAmount\n      remarks\n      items {\n        serialNum\n        purchaseDate\n        itemName\n        spec\n        qty\n        unitCost\n        supplyCost\n        tax\n        remark\n      }\n    }\n  }\n": typeof types.HometaxTaxinvoiceDetailDocument;
  "\n  query HometaxTaxinvoiceXml($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceXml(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum)\n  }\n": typeof types.HometaxTaxinvoiceXmlDocument;
  "\n  query HometaxTaxinvoiceUrls($ntsConfirmNum: String!, $corpNum: String) {\n    view: hometaxTaxinvoiceViewUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n    print: hometaxTaxinvoicePrintUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.HometaxTaxinvoiceUrlsDocument;
  "\n  query PointsBalance($corpNum: String) {\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n      lowBalanceThreshold\n    }\n  }\n": typeof types.PointsBalanceDocument;
  "\n  subscription PointsEvents($after: String, $corpNum: String) {\n    pointsEvents(after: $after, corpNum: $corpNum) {\n      cursor\n      type\n      corpNum\n      balance\n      previousBalance\n      delta\n      threshold\n      at\n    }\n  }\n": typeof types.PointsEventsDocument;
  "\n  query PopbillAccessUrl($corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      accessUrl {\n        url\n        expiresAt\n      }\n    }\n  }\n": typeof types.PopbillAccessUrlDocument;
  "\n  query PopbillPageUrl($page: PopbillPage!, $corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      popbillUrl(page: $page) {\n        url\n        expiresAt\n      }\n    }\n  }\n": typeof types.PopbillPageUrlDocument;
  "\n  query MemberContact($id: String!, $corpNum: String, $userId: String) {\n    memberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      id\n      name\n      email\n      tel\n      role\n      admin\n      state\n      registeredAt\n    }\n  }\n": typeof types.MemberContactDocument;
  "\n  mutation DeleteMemberContact($id: String!, $corpNum: String!, $userId: String) {\n    deleteMemberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n": typeof types.DeleteMemberContactDocument;
  "\n  mutation QuitPopbillMember($corpNum: String!, $reason: String!, $userId: String) {\n    quitPopbillMember(corpNum: $corpNum, reason: $reason, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n": typeof types.QuitPopbillMemberDocument;
  "\n  query Viewer {\n    viewer {\n      keyId\n      tenant\n      kind\n      corpNums\n      stage\n    }\n  }\n": typeof types.ViewerDocument;
};
const documents: Documents = {
  "\n  mutation IssueBillingKey(\n    $customerUid: String!\n    $card: CardInput!\n    $customer: CustomerInput\n    $corpNum: String\n  ) {\n    issueBillingKey(\n      customerUid: $customerUid\n      card: $card\n      customer: $customer\n      corpNum: $corpNum\n    ) {\n      customerUid\n      cardName\n      cardNumber\n      cardCode\n      issuer\n      pgProvider\n      insertedAt\n      updatedAt\n      replaced\n      replacementCount\n    }\n  }\n":
    types.IssueBillingKeyDocument,
  "\n  mutation ChargeBillingKey(\n    $customerUid: String!\n    $merchantUid: String!\n    $amount: Int!\n    $name: String!\n    $taxFree: Int\n    $customData: String\n    $corpNum: String\n  ) {\n    chargeBillingKey(\n      customerUid: $customerUid\n      merchantUid: $merchantUid\n      amount: $amount\n      name: $name\n      taxFree: $taxFree\n      customData: $customData\n      corpNum: $corpNum\n    ) {\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      currency\n      status\n      paidAt\n      failedAt\n      failReason\n      cardName\n      cardNumber\n      receiptUrl\n    }\n  }\n":
    types.ChargeBillingKeyDocument,
  "\n  subscription PaymentEvents($after: String, $customerUid: String, $corpNum: String) {\n    paymentEvents(after: $after, customerUid: $customerUid, corpNum: $corpNum) {\n      cursor\n      type\n      status\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      failReason\n      at\n    }\n  }\n":
    types.PaymentEventsDocument,
  "\n  query BulkSubmissions(\n    $from: String!\n    $to: String!\n    $state: BulkState\n    $failuresOnly: Boolean\n    $first: Int\n    $after: String\n    $corpNum: String\n  ) {\n    bulkSubmissions(\n      from: $from\n      to: $to\n      state: $state\n      failuresOnly: $failuresOnly\n      first: $first\n      after: $after\n      corpNum: $corpNum\n    ) {\n      nodes {\n        submitId\n        state\n        submitCount\n        successCount\n        failCount\n        filedCount\n        filingFailedCount\n        submittedAt\n        completedAt\n        error\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n":
    types.BulkSubmissionsDocument,
  "\n  query BulkDaySummary($date: String!, $corpNum: String) {\n    bulkDaySummary(date: $date, corpNum: $corpNum) {\n      date\n      corpNum\n      submissions\n      submissionsByState {\n        RECORDED\n        SUBMITTED\n        RECONCILING\n        PROCESSING\n        COMPLETED\n        FAILED\n      }\n      receipts\n      issued\n      refused\n      pending\n      filed\n      filingFailed\n      cancellations\n      amounts {\n        supplyCost\n        tax\n        serviceFee\n        totalAmount\n      }\n      unitCost\n      pointsSpent\n    }\n  }\n":
    types.BulkDaySummaryDocument,
  "\n  query CashbillPageUrl($mgtKey: String!, $page: CashbillPage!, $corpNum: String) {\n    cashbillPageUrl(mgtKey: $mgtKey, page: $page, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n":
    types.CashbillPageUrlDocument,
  "\n  query CashbillMassPrintUrl($mgtKeys: [String!]!, $corpNum: String) {\n    cashbillMassPrintUrl(mgtKeys: $mgtKeys, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n":
    types.CashbillMassPrintUrlDocument,
  "\n  mutation ResendCashbillEmail($mgtKey: String!, $receiver: String!, $corpNum: String) {\n    resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver, corpNum: $corpNum)\n  }\n":
    types.ResendCashbillEmailDocument,
  "\n  mutation ResendCashbillSms(\n    $mgtKey: String!\n    $sender: String!\n    $receiver: String!\n    $contents: String!\n    $corpNum: String\n  ) {\n    resendCashbillSms(\n      mgtKey: $mgtKey\n      sender: $sender\n      receiver: $receiver\n      contents: $contents\n      corpNum: $corpNum\n    )\n  }\n":
    types.ResendCashbillSmsDocument,
  "\n  query CashbillContact($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      email\n      hp\n    }\n  }\n":
    types.CashbillContactDocument,
  "\n  query CashbillLogs($mgtKey: String!, $corpNum: String) {\n    cashbillLogs(mgtKey: $mgtKey, corpNum: $corpNum) {\n      docLogType\n      log\n      procType\n      procMemo\n      at\n    }\n  }\n":
    types.CashbillLogsDocument,
  "\n  query CashbillPdf($mgtKey: String!, $corpNum: String) {\n    cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) {\n      fileName\n      contentType\n      size\n      base64\n    }\n  }\n":
    types.CashbillPdfDocument,
  "\n  query CashbillDetail($mgtKey: String!, $corpNum: String) {\n    cashbillDetail(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      franchiseCorpNum\n      franchiseCorpName\n      franchiseCeoName\n      franchiseAddr\n      franchiseTel\n      fax\n      smsSend\n      faxSend\n      emailSubject\n      cancelType\n    }\n  }\n":
    types.CashbillDetailDocument,
  "\n  mutation IssueCashbill($input: CashbillInput!, $corpNum: String) {\n    issueCashbill(input: $input, corpNum: $corpNum) {\n      mgtKey\n      confirmNum\n      tradeDate\n      tradeAt\n    }\n  }\n":
    types.IssueCashbillDocument,
  "\n  mutation BulkIssueCashbills($submitId: String!, $cashbills: [CashbillInput!]!, $corpNum: String) {\n    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills, corpNum: $corpNum) {\n      submitId\n      state\n      submitCount\n      successCount\n      failCount\n      receiptId\n      submittedAt\n    }\n  }\n":
    types.BulkIssueCashbillsDocument,
  "\n  query BulkSubmission($submitId: String!, $corpNum: String) {\n    bulkSubmission(submitId: $submitId, corpNum: $corpNum) {\n      submitId\n      state\n      txState\n      submitCount\n      successCount\n      failCount\n      filedCount\n      filingFailedCount\n      receiptId\n      submittedAt\n      completedAt\n      error\n      results {\n        mgtKey\n        success\n        code\n        message\n        confirmNum\n        tradeDate\n        issuedAt\n        ntsState\n        ntsResultCode\n      }\n    }\n  }\n":
    types.BulkSubmissionDocument,
  "\n  subscription CashbillEvents(\n    $after: String\n    $submitId: String\n    $types: [CashbillEventType!]\n    $corpNum: String\n  ) {\n    cashbillEvents(after: $after, submitId: $submitId, types: $types, corpNum: $corpNum) {\n      cursor\n      type\n      at\n      corpNum\n      submitId\n      mgtKey\n      success\n      code\n      message\n      confirmNum\n      tradeDate\n      ntsResultCode\n      ntsResultMessage\n    }\n  }\n":
    types.CashbillEventsDocument,
  "\n  query Cashbill($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      state\n      confirmNum\n      tradeDate\n    }\n  }\n":
    types.CashbillDocument,
  "\n  query CashbillCost($corpNum: String) {\n    cashbillUnitCost(corpNum: $corpNum) {\n      unitCost\n    }\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n    }\n  }\n":
    types.CashbillCostDocument,
  "\n  subscription Clock($count: Int) {\n    clock(count: $count, intervalMs: 100) {\n      now\n      seq\n    }\n  }\n":
    types.ClockDocument,
  "\n  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {\n    requestHometaxJob(input: $input, corpNum: $corpNum) {\n      jobId\n      service\n      status\n      jobState\n      direction\n      dateType\n      from\n      to\n      requestedAt\n      expiresAt\n    }\n  }\n":
    types.RequestHometaxJobDocument,
  "\n  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {\n    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {\n      cursor\n      type\n      jobId\n      service\n      status\n      jobState\n      collectCount\n      errorCode\n      errorReason\n      at\n    }\n  }\n":
    types.HometaxJobEventsDocument,
  "\n  query HometaxReadiness($service: HometaxService!, $corpNum: String) {\n    hometaxReadiness(service: $service, corpNum: $corpNum) {\n      service\n      status\n      method\n      advice\n      flatRateActive\n      certificateExpiresAt\n      certificateDaysLeft\n      problemCode\n      problemMessage\n      checkedAt\n    }\n  }\n":
    types.HometaxReadinessDocument,
  "\n  query HometaxFlatRate($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRate(service: $service, corpNum: $corpNum) {\n      service\n      corpNum\n      active\n      state\n      contractedAt\n      useEndDate\n      closeRequested\n      useRestricted\n      unpaid\n      problemCode\n      problemMessage\n    }\n  }\n":
    types.HometaxFlatRateDocument,
  "\n  query HometaxFlatRatePopupUrl($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRatePopupUrl(service: $service, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n":
    types.HometaxFlatRatePopupUrlDocument,
  "\n  query HometaxTaxinvoiceDetail($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceDetail(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      ntsConfirmNum\n      writeDate\n      issuedAt\n      taxType\n      purposeType\n      modifyCode\n      orgNtsConfirmNum\n      invoicer {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n      }\n      invoicee {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n        email2\n        type\n      }\n      trustee {\n        corpNum\n        corpName\n      }\n      supplyCostTotal\n      taxTotal\n      totalAmount\n      remarks\n      items {\n        serialNum\n        purchaseDate\n        itemName\n        spec\n        qty\n        unitCost\n        supplyCost\n        tax\n        remark\n      }\n    }\n  }\n":
    types.HometaxTaxinvoiceDetailDocument,
  "\n  query HometaxTaxinvoiceXml($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceXml(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum)\n  }\n":
    types.HometaxTaxinvoiceXmlDocument,
  "\n  query HometaxTaxinvoiceUrls($ntsConfirmNum: String!, $corpNum: String) {\n    view: hometaxTaxinvoiceViewUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n    print: hometaxTaxinvoicePrintUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n":
    types.HometaxTaxinvoiceUrlsDocument,
  "\n  query PointsBalance($corpNum: String) {\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n      lowBalanceThreshold\n    }\n  }\n":
    types.PointsBalanceDocument,
  "\n  subscription PointsEvents($after: String, $corpNum: String) {\n    pointsEvents(after: $after, corpNum: $corpNum) {\n      cursor\n      type\n      corpNum\n      balance\n      previousBalance\n      delta\n      threshold\n      at\n    }\n  }\n":
    types.PointsEventsDocument,
  "\n  query PopbillAccessUrl($corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      accessUrl {\n        url\n        expiresAt\n      }\n    }\n  }\n":
    types.PopbillAccessUrlDocument,
  "\n  query PopbillPageUrl($page: PopbillPage!, $corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      popbillUrl(page: $page) {\n        url\n        expiresAt\n      }\n    }\n  }\n":
    types.PopbillPageUrlDocument,
  "\n  query MemberContact($id: String!, $corpNum: String, $userId: String) {\n    memberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      id\n      name\n      email\n      tel\n      role\n      admin\n      state\n      registeredAt\n    }\n  }\n":
    types.MemberContactDocument,
  "\n  mutation DeleteMemberContact($id: String!, $corpNum: String!, $userId: String) {\n    deleteMemberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n":
    types.DeleteMemberContactDocument,
  "\n  mutation QuitPopbillMember($corpNum: String!, $reason: String!, $userId: String) {\n    quitPopbillMember(corpNum: $corpNum, reason: $reason, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n":
    types.QuitPopbillMemberDocument,
  "\n  query Viewer {\n    viewer {\n      keyId\n      tenant\n      kind\n      corpNums\n      stage\n    }\n  }\n":
    types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation IssueBillingKey(\n    $customerUid: String!\n    $card: CardInput!\n    $customer: CustomerInput\n    $corpNum: String\n  ) {\n    issueBillingKey(\n      customerUid: $customerUid\n      card: $card\n      customer: $customer\n      corpNum: $corpNum\n    ) {\n      customerUid\n      cardName\n      cardNumber\n      cardCode\n      issuer\n      pgProvider\n      insertedAt\n      updatedAt\n      replaced\n      replacementCount\n    }\n  }\n",
): (typeof documents)["\n  mutation IssueBillingKey(\n    $customerUid: String!\n    $card: CardInput!\n    $customer: CustomerInput\n    $corpNum: String\n  ) {\n    issueBillingKey(\n      customerUid: $customerUid\n      card: $card\n      customer: $customer\n      corpNum: $corpNum\n    ) {\n      customerUid\n      cardName\n      cardNumber\n      cardCode\n      issuer\n      pgProvider\n      insertedAt\n      updatedAt\n      replaced\n      replacementCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ChargeBillingKey(\n    $customerUid: String!\n    $merchantUid: String!\n    $amount: Int!\n    $name: String!\n    $taxFree: Int\n    $customData: String\n    $corpNum: String\n  ) {\n    chargeBillingKey(\n      customerUid: $customerUid\n      merchantUid: $merchantUid\n      amount: $amount\n      name: $name\n      taxFree: $taxFree\n      customData: $customData\n      corpNum: $corpNum\n    ) {\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      currency\n      status\n      paidAt\n      failedAt\n      failReason\n      cardName\n      cardNumber\n      receiptUrl\n    }\n  }\n",
): (typeof documents)["\n  mutation ChargeBillingKey(\n    $customerUid: String!\n    $merchantUid: String!\n    $amount: Int!\n    $name: String!\n    $taxFree: Int\n    $customData: String\n    $corpNum: String\n  ) {\n    chargeBillingKey(\n      customerUid: $customerUid\n      merchantUid: $merchantUid\n      amount: $amount\n      name: $name\n      taxFree: $taxFree\n      customData: $customData\n      corpNum: $corpNum\n    ) {\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      currency\n      status\n      paidAt\n      failedAt\n      failReason\n      cardName\n      cardNumber\n      receiptUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription PaymentEvents($after: String, $customerUid: String, $corpNum: String) {\n    paymentEvents(after: $after, customerUid: $customerUid, corpNum: $corpNum) {\n      cursor\n      type\n      status\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      failReason\n      at\n    }\n  }\n",
): (typeof documents)["\n  subscription PaymentEvents($after: String, $customerUid: String, $corpNum: String) {\n    paymentEvents(after: $after, customerUid: $customerUid, corpNum: $corpNum) {\n      cursor\n      type\n      status\n      impUid\n      merchantUid\n      customerUid\n      amount\n      cancelAmount\n      failReason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BulkSubmissions(\n    $from: String!\n    $to: String!\n    $state: BulkState\n    $failuresOnly: Boolean\n    $first: Int\n    $after: String\n    $corpNum: String\n  ) {\n    bulkSubmissions(\n      from: $from\n      to: $to\n      state: $state\n      failuresOnly: $failuresOnly\n      first: $first\n      after: $after\n      corpNum: $corpNum\n    ) {\n      nodes {\n        submitId\n        state\n        submitCount\n        successCount\n        failCount\n        filedCount\n        filingFailedCount\n        submittedAt\n        completedAt\n        error\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n",
): (typeof documents)["\n  query BulkSubmissions(\n    $from: String!\n    $to: String!\n    $state: BulkState\n    $failuresOnly: Boolean\n    $first: Int\n    $after: String\n    $corpNum: String\n  ) {\n    bulkSubmissions(\n      from: $from\n      to: $to\n      state: $state\n      failuresOnly: $failuresOnly\n      first: $first\n      after: $after\n      corpNum: $corpNum\n    ) {\n      nodes {\n        submitId\n        state\n        submitCount\n        successCount\n        failCount\n        filedCount\n        filingFailedCount\n        submittedAt\n        completedAt\n        error\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BulkDaySummary($date: String!, $corpNum: String) {\n    bulkDaySummary(date: $date, corpNum: $corpNum) {\n      date\n      corpNum\n      submissions\n      submissionsByState {\n        RECORDED\n        SUBMITTED\n        RECONCILING\n        PROCESSING\n        COMPLETED\n        FAILED\n      }\n      receipts\n      issued\n      refused\n      pending\n      filed\n      filingFailed\n      cancellations\n      amounts {\n        supplyCost\n        tax\n        serviceFee\n        totalAmount\n      }\n      unitCost\n      pointsSpent\n    }\n  }\n",
): (typeof documents)["\n  query BulkDaySummary($date: String!, $corpNum: String) {\n    bulkDaySummary(date: $date, corpNum: $corpNum) {\n      date\n      corpNum\n      submissions\n      submissionsByState {\n        RECORDED\n        SUBMITTED\n        RECONCILING\n        PROCESSING\n        COMPLETED\n        FAILED\n      }\n      receipts\n      issued\n      refused\n      pending\n      filed\n      filingFailed\n      cancellations\n      amounts {\n        supplyCost\n        tax\n        serviceFee\n        totalAmount\n      }\n      unitCost\n      pointsSpent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillPageUrl($mgtKey: String!, $page: CashbillPage!, $corpNum: String) {\n    cashbillPageUrl(mgtKey: $mgtKey, page: $page, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  query CashbillPageUrl($mgtKey: String!, $page: CashbillPage!, $corpNum: String) {\n    cashbillPageUrl(mgtKey: $mgtKey, page: $page, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillMassPrintUrl($mgtKeys: [String!]!, $corpNum: String) {\n    cashbillMassPrintUrl(mgtKeys: $mgtKeys, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  query CashbillMassPrintUrl($mgtKeys: [String!]!, $corpNum: String) {\n    cashbillMassPrintUrl(mgtKeys: $mgtKeys, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResendCashbillEmail($mgtKey: String!, $receiver: String!, $corpNum: String) {\n    resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver, corpNum: $corpNum)\n  }\n",
): (typeof documents)["\n  mutation ResendCashbillEmail($mgtKey: String!, $receiver: String!, $corpNum: String) {\n    resendCashbillEmail(mgtKey: $mgtKey, receiver: $receiver, corpNum: $corpNum)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation ResendCashbillSms(\n    $mgtKey: String!\n    $sender: String!\n    $receiver: String!\n    $contents: String!\n    $corpNum: String\n  ) {\n    resendCashbillSms(\n      mgtKey: $mgtKey\n      sender: $sender\n      receiver: $receiver\n      contents: $contents\n      corpNum: $corpNum\n    )\n  }\n",
): (typeof documents)["\n  mutation ResendCashbillSms(\n    $mgtKey: String!\n    $sender: String!\n    $receiver: String!\n    $contents: String!\n    $corpNum: String\n  ) {\n    resendCashbillSms(\n      mgtKey: $mgtKey\n      sender: $sender\n      receiver: $receiver\n      contents: $contents\n      corpNum: $corpNum\n    )\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillContact($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      email\n      hp\n    }\n  }\n",
): (typeof documents)["\n  query CashbillContact($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      email\n      hp\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillLogs($mgtKey: String!, $corpNum: String) {\n    cashbillLogs(mgtKey: $mgtKey, corpNum: $corpNum) {\n      docLogType\n      log\n      procType\n      procMemo\n      at\n    }\n  }\n",
): (typeof documents)["\n  query CashbillLogs($mgtKey: String!, $corpNum: String) {\n    cashbillLogs(mgtKey: $mgtKey, corpNum: $corpNum) {\n      docLogType\n      log\n      procType\n      procMemo\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillPdf($mgtKey: String!, $corpNum: String) {\n    cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) {\n      fileName\n      contentType\n      size\n      base64\n    }\n  }\n",
): (typeof documents)["\n  query CashbillPdf($mgtKey: String!, $corpNum: String) {\n    cashbillPdf(mgtKey: $mgtKey, corpNum: $corpNum) {\n      fileName\n      contentType\n      size\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillDetail($mgtKey: String!, $corpNum: String) {\n    cashbillDetail(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      franchiseCorpNum\n      franchiseCorpName\n      franchiseCeoName\n      franchiseAddr\n      franchiseTel\n      fax\n      smsSend\n      faxSend\n      emailSubject\n      cancelType\n    }\n  }\n",
): (typeof documents)["\n  query CashbillDetail($mgtKey: String!, $corpNum: String) {\n    cashbillDetail(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      franchiseCorpNum\n      franchiseCorpName\n      franchiseCeoName\n      franchiseAddr\n      franchiseTel\n      fax\n      smsSend\n      faxSend\n      emailSubject\n      cancelType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation IssueCashbill($input: CashbillInput!, $corpNum: String) {\n    issueCashbill(input: $input, corpNum: $corpNum) {\n      mgtKey\n      confirmNum\n      tradeDate\n      tradeAt\n    }\n  }\n",
): (typeof documents)["\n  mutation IssueCashbill($input: CashbillInput!, $corpNum: String) {\n    issueCashbill(input: $input, corpNum: $corpNum) {\n      mgtKey\n      confirmNum\n      tradeDate\n      tradeAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation BulkIssueCashbills($submitId: String!, $cashbills: [CashbillInput!]!, $corpNum: String) {\n    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills, corpNum: $corpNum) {\n      submitId\n      state\n      submitCount\n      successCount\n      failCount\n      receiptId\n      submittedAt\n    }\n  }\n",
): (typeof documents)["\n  mutation BulkIssueCashbills($submitId: String!, $cashbills: [CashbillInput!]!, $corpNum: String) {\n    bulkIssueCashbills(submitId: $submitId, cashbills: $cashbills, corpNum: $corpNum) {\n      submitId\n      state\n      submitCount\n      successCount\n      failCount\n      receiptId\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query BulkSubmission($submitId: String!, $corpNum: String) {\n    bulkSubmission(submitId: $submitId, corpNum: $corpNum) {\n      submitId\n      state\n      txState\n      submitCount\n      successCount\n      failCount\n      filedCount\n      filingFailedCount\n      receiptId\n      submittedAt\n      completedAt\n      error\n      results {\n        mgtKey\n        success\n        code\n        message\n        confirmNum\n        tradeDate\n        issuedAt\n        ntsState\n        ntsResultCode\n      }\n    }\n  }\n",
): (typeof documents)["\n  query BulkSubmission($submitId: String!, $corpNum: String) {\n    bulkSubmission(submitId: $submitId, corpNum: $corpNum) {\n      submitId\n      state\n      txState\n      submitCount\n      successCount\n      failCount\n      filedCount\n      filingFailedCount\n      receiptId\n      submittedAt\n      completedAt\n      error\n      results {\n        mgtKey\n        success\n        code\n        message\n        confirmNum\n        tradeDate\n        issuedAt\n        ntsState\n        ntsResultCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription CashbillEvents(\n    $after: String\n    $submitId: String\n    $types: [CashbillEventType!]\n    $corpNum: String\n  ) {\n    cashbillEvents(after: $after, submitId: $submitId, types: $types, corpNum: $corpNum) {\n      cursor\n      type\n      at\n      corpNum\n      submitId\n      mgtKey\n      success\n      code\n      message\n      confirmNum\n      tradeDate\n      ntsResultCode\n      ntsResultMessage\n    }\n  }\n",
): (typeof documents)["\n  subscription CashbillEvents(\n    $after: String\n    $submitId: String\n    $types: [CashbillEventType!]\n    $corpNum: String\n  ) {\n    cashbillEvents(after: $after, submitId: $submitId, types: $types, corpNum: $corpNum) {\n      cursor\n      type\n      at\n      corpNum\n      submitId\n      mgtKey\n      success\n      code\n      message\n      confirmNum\n      tradeDate\n      ntsResultCode\n      ntsResultMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Cashbill($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      state\n      confirmNum\n      tradeDate\n    }\n  }\n",
): (typeof documents)["\n  query Cashbill($mgtKey: String!, $corpNum: String) {\n    cashbill(mgtKey: $mgtKey, corpNum: $corpNum) {\n      mgtKey\n      state\n      confirmNum\n      tradeDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query CashbillCost($corpNum: String) {\n    cashbillUnitCost(corpNum: $corpNum) {\n      unitCost\n    }\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n    }\n  }\n",
): (typeof documents)["\n  query CashbillCost($corpNum: String) {\n    cashbillUnitCost(corpNum: $corpNum) {\n      unitCost\n    }\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription Clock($count: Int) {\n    clock(count: $count, intervalMs: 100) {\n      now\n      seq\n    }\n  }\n",
): (typeof documents)["\n  subscription Clock($count: Int) {\n    clock(count: $count, intervalMs: 100) {\n      now\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {\n    requestHometaxJob(input: $input, corpNum: $corpNum) {\n      jobId\n      service\n      status\n      jobState\n      direction\n      dateType\n      from\n      to\n      requestedAt\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {\n    requestHometaxJob(input: $input, corpNum: $corpNum) {\n      jobId\n      service\n      status\n      jobState\n      direction\n      dateType\n      from\n      to\n      requestedAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {\n    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {\n      cursor\n      type\n      jobId\n      service\n      status\n      jobState\n      collectCount\n      errorCode\n      errorReason\n      at\n    }\n  }\n",
): (typeof documents)["\n  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {\n    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {\n      cursor\n      type\n      jobId\n      service\n      status\n      jobState\n      collectCount\n      errorCode\n      errorReason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxReadiness($service: HometaxService!, $corpNum: String) {\n    hometaxReadiness(service: $service, corpNum: $corpNum) {\n      service\n      status\n      method\n      advice\n      flatRateActive\n      certificateExpiresAt\n      certificateDaysLeft\n      problemCode\n      problemMessage\n      checkedAt\n    }\n  }\n",
): (typeof documents)["\n  query HometaxReadiness($service: HometaxService!, $corpNum: String) {\n    hometaxReadiness(service: $service, corpNum: $corpNum) {\n      service\n      status\n      method\n      advice\n      flatRateActive\n      certificateExpiresAt\n      certificateDaysLeft\n      problemCode\n      problemMessage\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxFlatRate($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRate(service: $service, corpNum: $corpNum) {\n      service\n      corpNum\n      active\n      state\n      contractedAt\n      useEndDate\n      closeRequested\n      useRestricted\n      unpaid\n      problemCode\n      problemMessage\n    }\n  }\n",
): (typeof documents)["\n  query HometaxFlatRate($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRate(service: $service, corpNum: $corpNum) {\n      service\n      corpNum\n      active\n      state\n      contractedAt\n      useEndDate\n      closeRequested\n      useRestricted\n      unpaid\n      problemCode\n      problemMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxFlatRatePopupUrl($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRatePopupUrl(service: $service, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  query HometaxFlatRatePopupUrl($service: HometaxService!, $corpNum: String) {\n    hometaxFlatRatePopupUrl(service: $service, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxTaxinvoiceDetail($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceDetail(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      ntsConfirmNum\n      writeDate\n      issuedAt\n      taxType\n      purposeType\n      modifyCode\n      orgNtsConfirmNum\n      invoicer {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n      }\n      invoicee {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n        email2\n        type\n      }\n      trustee {\n        corpNum\n        corpName\n      }\n      supplyCostTotal\n      taxTotal\n      totalAmount\n      remarks\n      items {\n        serialNum\n        purchaseDate\n        itemName\n        spec\n        qty\n        unitCost\n        supplyCost\n        tax\n        remark\n      }\n    }\n  }\n",
): (typeof documents)["\n  query HometaxTaxinvoiceDetail($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceDetail(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      ntsConfirmNum\n      writeDate\n      issuedAt\n      taxType\n      purposeType\n      modifyCode\n      orgNtsConfirmNum\n      invoicer {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n      }\n      invoicee {\n        corpNum\n        taxRegId\n        corpName\n        ceoName\n        email\n        email2\n        type\n      }\n      trustee {\n        corpNum\n        corpName\n      }\n      supplyCostTotal\n      taxTotal\n      totalAmount\n      remarks\n      items {\n        serialNum\n        purchaseDate\n        itemName\n        spec\n        qty\n        unitCost\n        supplyCost\n        tax\n        remark\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxTaxinvoiceXml($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceXml(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum)\n  }\n",
): (typeof documents)["\n  query HometaxTaxinvoiceXml($ntsConfirmNum: String!, $corpNum: String) {\n    hometaxTaxinvoiceXml(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query HometaxTaxinvoiceUrls($ntsConfirmNum: String!, $corpNum: String) {\n    view: hometaxTaxinvoiceViewUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n    print: hometaxTaxinvoicePrintUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n",
): (typeof documents)["\n  query HometaxTaxinvoiceUrls($ntsConfirmNum: String!, $corpNum: String) {\n    view: hometaxTaxinvoiceViewUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n    print: hometaxTaxinvoicePrintUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PointsBalance($corpNum: String) {\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n      lowBalanceThreshold\n    }\n  }\n",
): (typeof documents)["\n  query PointsBalance($corpNum: String) {\n    points(corpNum: $corpNum) {\n      corpNum\n      balance\n      lowBalanceThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  subscription PointsEvents($after: String, $corpNum: String) {\n    pointsEvents(after: $after, corpNum: $corpNum) {\n      cursor\n      type\n      corpNum\n      balance\n      previousBalance\n      delta\n      threshold\n      at\n    }\n  }\n",
): (typeof documents)["\n  subscription PointsEvents($after: String, $corpNum: String) {\n    pointsEvents(after: $after, corpNum: $corpNum) {\n      cursor\n      type\n      corpNum\n      balance\n      previousBalance\n      delta\n      threshold\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PopbillAccessUrl($corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      accessUrl {\n        url\n        expiresAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PopbillAccessUrl($corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      accessUrl {\n        url\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query PopbillPageUrl($page: PopbillPage!, $corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      popbillUrl(page: $page) {\n        url\n        expiresAt\n      }\n    }\n  }\n",
): (typeof documents)["\n  query PopbillPageUrl($page: PopbillPage!, $corpNum: String, $userId: String) {\n    points(corpNum: $corpNum, userId: $userId) {\n      popbillUrl(page: $page) {\n        url\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query MemberContact($id: String!, $corpNum: String, $userId: String) {\n    memberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      id\n      name\n      email\n      tel\n      role\n      admin\n      state\n      registeredAt\n    }\n  }\n",
): (typeof documents)["\n  query MemberContact($id: String!, $corpNum: String, $userId: String) {\n    memberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      id\n      name\n      email\n      tel\n      role\n      admin\n      state\n      registeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation DeleteMemberContact($id: String!, $corpNum: String!, $userId: String) {\n    deleteMemberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n",
): (typeof documents)["\n  mutation DeleteMemberContact($id: String!, $corpNum: String!, $userId: String) {\n    deleteMemberContact(id: $id, corpNum: $corpNum, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  mutation QuitPopbillMember($corpNum: String!, $reason: String!, $userId: String) {\n    quitPopbillMember(corpNum: $corpNum, reason: $reason, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n",
): (typeof documents)["\n  mutation QuitPopbillMember($corpNum: String!, $reason: String!, $userId: String) {\n    quitPopbillMember(corpNum: $corpNum, reason: $reason, userId: $userId) {\n      success\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: "\n  query Viewer {\n    viewer {\n      keyId\n      tenant\n      kind\n      corpNums\n      stage\n    }\n  }\n",
): (typeof documents)["\n  query Viewer {\n    viewer {\n      keyId\n      tenant\n      kind\n      corpNums\n      stage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
