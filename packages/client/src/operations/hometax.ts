import { graphql } from "../generated/gql.js";

/** Asks POPBiLL to crawl HomeTax; progress arrives on `hometaxJobEvents`. */
export const RequestHometaxJobDocument = graphql(`
  mutation RequestHometaxJob($input: HometaxJobRequestInput!, $corpNum: String) {
    requestHometaxJob(input: $input, corpNum: $corpNum) {
      jobId
      service
      status
      jobState
      direction
      dateType
      from
      to
      requestedAt
      expiresAt
    }
  }
`);

/** Crawl-job events: REQUESTED, PROGRESS, COMPLETED or FAILED, EXPIRED; resumable. */
export const HometaxJobEventsDocument = graphql(`
  subscription HometaxJobEvents($after: String, $jobId: String, $corpNum: String) {
    hometaxJobEvents(after: $after, jobId: $jobId, corpNum: $corpNum) {
      cursor
      type
      jobId
      service
      status
      jobState
      collectCount
      errorCode
      errorReason
      at
    }
  }
`);

/** Whether a crawl would work now and what to do otherwise (logins and flat-rate contract). */
export const HometaxReadinessDocument = graphql(`
  query HometaxReadiness($service: HometaxService!, $corpNum: String) {
    hometaxReadiness(service: $service, corpNum: $corpNum) {
      service
      status
      method
      advice
      flatRateActive
      certificateExpiresAt
      certificateDaysLeft
      problemCode
      problemMessage
      checkedAt
    }
  }
`);

/** The member's flat-rate (정액제) contract for a crawl service; crawling needs one. */
export const HometaxFlatRateDocument = graphql(`
  query HometaxFlatRate($service: HometaxService!, $corpNum: String) {
    hometaxFlatRate(service: $service, corpNum: $corpNum) {
      service
      corpNum
      active
      state
      contractedAt
      useEndDate
      closeRequested
      useRestricted
      unpaid
      problemCode
      problemMessage
    }
  }
`);

/** POPBiLL's flat-rate subscription popup; open within 30 seconds. */
export const HometaxFlatRatePopupUrlDocument = graphql(`
  query HometaxFlatRatePopupUrl($service: HometaxService!, $corpNum: String) {
    hometaxFlatRatePopupUrl(service: $service, corpNum: $corpNum) {
      url
      expiresAt
    }
  }
`);

/** A crawled tax invoice in full, by NTS confirm number. */
export const HometaxTaxinvoiceDetailDocument = graphql(`
  query HometaxTaxinvoiceDetail($ntsConfirmNum: String!, $corpNum: String) {
    hometaxTaxinvoiceDetail(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {
      ntsConfirmNum
      writeDate
      issuedAt
      taxType
      purposeType
      modifyCode
      orgNtsConfirmNum
      invoicer {
        corpNum
        taxRegId
        corpName
        ceoName
        email
      }
      invoicee {
        corpNum
        taxRegId
        corpName
        ceoName
        email
        email2
        type
      }
      trustee {
        corpNum
        corpName
      }
      supplyCostTotal
      taxTotal
      totalAmount
      remarks
      items {
        serialNum
        purchaseDate
        itemName
        spec
        qty
        unitCost
        supplyCost
        tax
        remark
      }
    }
  }
`);

/** A crawled tax invoice's XML document, as text. */
export const HometaxTaxinvoiceXmlDocument = graphql(`
  query HometaxTaxinvoiceXml($ntsConfirmNum: String!, $corpNum: String) {
    hometaxTaxinvoiceXml(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum)
  }
`);

/** View and print pages of a crawled tax invoice; open within 30 seconds. */
export const HometaxTaxinvoiceUrlsDocument = graphql(`
  query HometaxTaxinvoiceUrls($ntsConfirmNum: String!, $corpNum: String) {
    view: hometaxTaxinvoiceViewUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {
      url
      expiresAt
    }
    print: hometaxTaxinvoicePrintUrl(ntsConfirmNum: $ntsConfirmNum, corpNum: $corpNum) {
      url
      expiresAt
    }
  }
`);
