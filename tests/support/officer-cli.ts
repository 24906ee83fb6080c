// node --conditions=react-server --import tsx tests/support/officer-cli.ts <step> <dossierId> [amount]
// (DATABASE_URL and DATA_DIR in the environment). Steps: receive, supplement, payment, refuse, apologise, finish.
import { apologise, askForPayment, askForSupplement, fileFor, finish, receive, refuse } from "./officer-driver.ts";

const [step, dossierId, amount, agencySlug] = process.argv.slice(2);
if (!step || !dossierId) throw new Error("usage: officer-cli.ts <step> <dossierId> [amount]");
const steps: Record<string, () => Promise<void>> = {
  receive: () => receive(dossierId),
  supplement: () => askForSupplement(dossierId),
  payment: () => askForPayment(dossierId, Number(amount ?? 8000)),
  refuse: () => refuse(dossierId),
  apologise: () => apologise(dossierId),
  finish: () => finish(dossierId),
  // "dossierId" is the resident's email here, "amount" the procedure code, then the agency; prints the new id.
  file: async () => console.log(await fileFor(dossierId, amount ?? "1.001193", new Date(), agencySlug)),
};
const run = steps[step];
if (!run) throw new Error(`unknown step ${step}`);
await run();
process.exit(0);
