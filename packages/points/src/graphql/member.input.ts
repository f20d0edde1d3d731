import { Field, InputType } from "type-graphql";
import type {
  ContactFields,
  CorpInfoFields,
  JoinMemberFields,
  NewContactFields,
} from "../map/inputs.js";
import { ContactRole } from "./enums.js";

/** CorpInfo input. */
@InputType("MemberCorpInfoInput", {
  description: "A member business's details; every field is required.",
})
export class MemberCorpInfoInput implements CorpInfoFields {
  @Field(() => String, { description: "CEO name, at most 100 characters." })
  ceoName!: string;

  @Field(() => String, { description: "Company name, at most 200 characters." })
  corpName!: string;

  @Field(() => String, { description: "Address, at most 300 characters." })
  address!: string;

  @Field(() => String, { description: "Business type (업태), at most 100 characters." })
  bizType!: string;

  @Field(() => String, { description: "Business item (종목), at most 100 characters." })
  bizClass!: string;
}

/** JoinMember input. */
@InputType("JoinPopbillMemberInput", {
  description: "A business to sign up as a POPBiLL member of this partner, with its first login.",
})
export class JoinPopbillMemberInput extends MemberCorpInfoInput implements JoinMemberFields {
  @Field(() => String, { description: "Business registration number, 10 digits." })
  corpNum!: string;

  @Field(() => String, { description: "Login id: 6-49 of A-Z a-z 0-9 _ -." })
  id!: string;

  @Field(() => String, {
    description:
      "Password: 8-20 characters mixing letters, digits and special characters. Sent to POPBiLL only; never stored or logged.",
  })
  password!: string;

  @Field(() => String, { description: "Contact name, at most 100 characters." })
  contactName!: string;

  @Field(() => String, { description: "Contact e-mail." })
  contactEmail!: string;

  @Field(() => String, { description: "Contact phone number." })
  contactPhone!: string;
}

/** UpdateContact input. */
@InputType("MemberContactInput", { description: "A contact (POPBiLL login) of a member business." })
export class MemberContactInput implements ContactFields {
  @Field(() => String, { description: "Login id (identifies the contact to update)." })
  id!: string;

  @Field(() => String, { description: "Name, at most 100 characters." })
  name!: string;

  @Field(() => String, { description: "E-mail." })
  email!: string;

  @Field(() => String, { description: "Phone number." })
  phone!: string;

  @Field(() => ContactRole, { description: "What the contact may see (not UNKNOWN)." })
  role!: ContactRole;
}

/** RegistContact input. */
@InputType("NewMemberContactInput", {
  description: "A new contact (POPBiLL login), with its password.",
})
export class NewMemberContactInput extends MemberContactInput implements NewContactFields {
  @Field(() => String, {
    description:
      "Password: 8-20 characters mixing letters, digits and special characters. Sent to POPBiLL only; never stored or logged.",
  })
  password!: string;
}
