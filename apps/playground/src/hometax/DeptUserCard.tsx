import { type FormEvent, useState } from "react";
import { useApi } from "../api.js";
import { ErrorList } from "../ui/ErrorList.js";
import { Field } from "../ui/Field.js";
import { useAction } from "../ui/use-action.js";
import { type HometaxService, REGISTER_DEPT_USER_MUTATION } from "./queries.js";

/** The HomeTax account the local sandbox accepts for the demo members. */
const SANDBOX_ACCOUNT = { id: "demo-dept", password: "demo-pass-1!" };

interface Registered {
  deptUserRegistered: boolean;
  methods: string[];
}

/** Registers a HomeTax department user (부서사용자) for the service; korbill never stores it. */
export function DeptUserCard({ service }: { service: HometaxService }) {
  const { korbill } = useApi();
  const [dept, setDept] = useState(SANDBOX_ACCOUNT);
  const register = useAction<Registered>();
  const onRegister = (event: FormEvent) => {
    event.preventDefault();
    void register.run(async () => {
      const data = await korbill.request<{ registerHometaxDeptUser: Registered }>(
        REGISTER_DEPT_USER_MUTATION,
        { service, ...dept },
      );
      return data.registerHometaxDeptUser;
    });
  };
  return (
    <form className="card" onSubmit={onRegister}>
      <h3>1. Register a department user</h3>
      <div className="form-grid">
        <Field
          label="HomeTax ID"
          value={dept.id}
          onChange={(id) => setDept({ ...dept, id })}
          hint="The sandbox's demo account"
        />
        <Field
          label="Password"
          type="password"
          value={dept.password}
          onChange={(password) => setDept({ ...dept, password })}
        />
      </div>
      <button type="submit" disabled={register.busy} data-testid="hometax-register">
        {register.busy ? "Registering…" : "Register"}
      </button>
      <ErrorList errors={register.errors} testId="hometax-register-errors" />
      {register.result && (
        <p className="ok-text">Registered: {register.result.methods.join(", ") || "–"}</p>
      )}
    </form>
  );
}
