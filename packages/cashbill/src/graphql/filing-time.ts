import { FieldResolver, Resolver, Root } from "type-graphql";
import { BulkReceiptResult } from "./bulk.type.js";
import { Cashbill } from "./cashbill.type.js";
import { expectedFilingResultAt } from "../map/filing-time.js";

const DESCRIPTION =
  "When the NTS filing result is expected: 11:00 KST the day after issuance (POPBiLL files " +
  "receipts after midnight; ISO-8601 with +09:00). Null until issued.";

/** `Cashbill.expectedFilingResultAt`. */
@Resolver(() => Cashbill)
export class CashbillFilingTimeResolver {
  @FieldResolver(() => String, { nullable: true, description: DESCRIPTION })
  expectedFilingResultAt(@Root() cashbill: Cashbill): string | null {
    return expectedFilingResultAt(cashbill.issuedAt);
  }
}

/** `BulkReceiptResult.expectedFilingResultAt`. */
@Resolver(() => BulkReceiptResult)
export class BulkReceiptFilingTimeResolver {
  @FieldResolver(() => String, { nullable: true, description: DESCRIPTION })
  expectedFilingResultAt(@Root() result: BulkReceiptResult): string | null {
    return expectedFilingResultAt(result.issuedAt);
  }
}
