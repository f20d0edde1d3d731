import { InputError } from "@korbill/core-domain";
import type { WireUrlResponse } from "../wire.js";
import { type ServiceCaller, getFrom } from "./common.js";

/** An NTS confirm number: 24 characters (the SDK refuses other lengths, HTTaxinvoiceService.js:254). */
export const NTS_CONFIRM_NUM_PATTERN = /^[0-9A-Za-z]{24}$/;

/** One line of a crawled tax invoice (the Java SDK's HTTaxinvoiceDetail). */
export interface WireHTTaxinvoiceLine {
  serialNum?: number | string | null;
  purchaseDT?: string | null;
  itemName?: string | null;
  spec?: string | null;
  qty?: string | null;
  unitCost?: string | null;
  supplyCost?: string | null;
  tax?: string | null;
  remark?: string | null;
}

/**
 * Reply of `GET /HomeTax/Taxinvoice/{NTSConfirmNum}`: field names of the official Java SDK's
 * HTTaxinvoice (popbill.sdk.java com/popbill/api/hometax/HTTaxinvoice.java); the Node SDK
 * passes the JSON through untyped. Parties carry the same `invoicer*`/`invoicee*`/`trustee*`
 * names as the list item.
 */
export interface WireHTTaxinvoice {
  ntsconfirmNum?: string | null;
  writeDate?: string | null;
  issueDT?: string | null;
  invoiceType?: number | null;
  taxType?: string | null;
  purposeType?: string | null;
  modifyCode?: number | null;
  orgNTSConfirmNum?: string | null;
  supplyCostTotal?: string | null;
  taxTotal?: string | null;
  totalAmount?: string | null;
  serialNum?: string | null;
  cash?: string | null;
  chkBill?: string | null;
  credit?: string | null;
  note?: string | null;
  remark1?: string | null;
  remark2?: string | null;
  remark3?: string | null;
  detailList?: WireHTTaxinvoiceLine[] | null;
  [party: string]: unknown;
}

/**
 * Reply of `…?T=xml`: the Java SDK's HTTaxinvoiceXMLResponse (`ResultCode` 1 = success,
 * `Message`, `retObject` = the XML document as text).
 */
export interface WireHTTaxinvoiceXml {
  ResultCode?: number | null;
  Message?: string | null;
  retObject?: string | null;
}

/** The NTS confirm number as a path segment (inserted unescaped, popbill.md §2.1). */
function ntsConfirmNumSegment(value: string): string {
  if (typeof value !== "string" || !NTS_CONFIRM_NUM_PATTERN.test(value)) {
    const message = "must be 24 letters or digits";
    throw new InputError(`ntsConfirmNum ${message}`, [{ path: "ntsConfirmNum", message }]);
  }
  return value;
}

/**
 * A crawled tax invoice by NTS confirm number (popbill@1.64.2 HTTaxinvoiceService.js:244-300
 * and 494-551; paths also in popbill.md §3c "HTTaxinvoice extras"): detail, XML, and the
 * popup (view) and print URLs POPBiLL keeps valid for 30 seconds.
 */
export function taxinvoiceDocumentCalls(caller: ServiceCaller) {
  const base = "/HomeTax/Taxinvoice";
  return {
    /** GetTaxinvoice: `GET /HomeTax/Taxinvoice/{NTSConfirmNum}`. */
    getTaxinvoice: async (corpNum: string, ntsConfirmNum: string, userId?: string) =>
      getFrom<WireHTTaxinvoice>(
        caller,
        corpNum,
        `${base}/${ntsConfirmNumSegment(ntsConfirmNum)}`,
        userId,
      ),

    /** GetXML: `GET /HomeTax/Taxinvoice/{NTSConfirmNum}?T=xml`. */
    getXML: async (corpNum: string, ntsConfirmNum: string, userId?: string) =>
      getFrom<WireHTTaxinvoiceXml>(
        caller,
        corpNum,
        `${base}/${ntsConfirmNumSegment(ntsConfirmNum)}?T=xml`,
        userId,
      ),

    /** GetPopUpURL: `GET /HomeTax/Taxinvoice/{NTSConfirmNum}/PopUp` → `{url}`. */
    async getPopUpURL(corpNum: string, ntsConfirmNum: string, userId?: string): Promise<string> {
      const path = `${base}/${ntsConfirmNumSegment(ntsConfirmNum)}/PopUp`;
      return (await getFrom<WireUrlResponse>(caller, corpNum, path, userId)).url;
    },

    /** GetPrintURL: `GET /HomeTax/Taxinvoice/{NTSConfirmNum}/Print` → `{url}`. */
    async getPrintURL(corpNum: string, ntsConfirmNum: string, userId?: string): Promise<string> {
      const path = `${base}/${ntsConfirmNumSegment(ntsConfirmNum)}/Print`;
      return (await getFrom<WireUrlResponse>(caller, corpNum, path, userId)).url;
    },
  };
}
