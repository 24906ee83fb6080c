// When dossiers arrive and what they are: receipt instants spread over the working days of the
// period by how much is filed on each day (only agencies that existed that day receive), in
// working hours with the morning busier; then, for each, the procedure, the agency, the channel
// and the applicant. Plus the demo accounts' own dossiers, at fixed distances from today.
import { dayNumber, dateKeyOf, fromLocal, localDateOf, previousWorkingDay, type DateKey } from "../../lib/calendar/index.ts";
import type { DossierBrief } from "./simulate.ts";
import { drawTurns, type Turns } from "./simulate.ts";
import { makePerson } from "./people.ts";
import { cumulativeOf, type Random } from "./random.ts";
import { POST_SHARE } from "./volumes.ts";
import { delegationOf, isMemberOf, type AgencyFacts, type DelegationRule } from "../../lib/delegation/rules.ts";
import { isValidOn, type AgencyInfo, type ProcedureInfo, type World } from "./world.ts";

/** A procedure at an agency on a day, with its share of the day's filings and the delegation it is handled under. */
type Pair = { procedure: ProcedureInfo; agency: AgencyInfo; weight: number; delegation: { rule: DelegationRule; unitCode: string | null } | null };
type DayOffer = { pairs: Pair[]; cumulative: number[]; total: number };

export class Schedule {
  private readonly offers = new Map<DateKey, DayOffer>();
  private serial = 0;

  constructor(
    private readonly world: World,
    private readonly random: Random,
  ) {}

  /**
   * What can be filed on a date: every (procedure, agency) whose agency existed then, with its
   * weight; where a delegation applies that day, the delegator's share goes to its delegates,
   * split evenly (the procedure is filed as much as before, at the wards instead).
   */
  offerOn(date: DateKey): DayOffer {
    let offer = this.offers.get(date);
    if (!offer) {
      const pairs: Pair[] = [];
      const staffed = (agency: AgencyInfo | undefined): agency is AgencyInfo => agency !== undefined && isValidOn(agency, date) && agency.officers.size > 0;
      const rules = this.world.delegations.map((delegation) => delegation.rule);
      // Noon: a delegation applies to whole days (a revocation during the day is the only instant).
      const noon = fromLocal(date, 12 * 60);
      for (const procedure of this.world.procedures) {
        for (const agencyId of procedure.agencyIds) {
          const agency = this.world.agencies.get(agencyId);
          if (!staffed(agency)) continue;
          const rule = rules.length > 0 ? delegationOf(procedure.facts, agencyId, rules, noon) : null;
          if (!rule) {
            pairs.push({ procedure, agency, weight: procedure.volume.weight, delegation: null });
            continue;
          }
          const delegation = this.world.delegations.find((candidate) => candidate.rule === rule)!;
          const delegates = "agencyId" in rule.delegate
            ? [this.world.agencies.get(rule.delegate.agencyId)].filter(staffed)
            : [...this.world.agencies.values()].filter((candidate) => staffed(candidate) && isMemberOf(candidate as unknown as AgencyFacts, "COMMUNES", date));
          for (const delegate of delegates) pairs.push({ procedure, agency: delegate, weight: procedure.volume.weight / delegates.length, delegation });
        }
      }
      const cumulative = cumulativeOf(pairs.map((pair) => pair.weight));
      offer = { pairs, cumulative, total: cumulative[cumulative.length - 1] ?? 0 };
      this.offers.set(date, offer);
    }
    return offer;
  }

  /** `count` receipt instants between two dates, sorted. */
  anchors(count: number, from: DateKey, to: DateKey): Float64Array {
    const days: DateKey[] = [];
    for (let day = dayNumber(from); day <= dayNumber(to); day++) {
      const date = dateKeyOf(day);
      if (this.world.calendar.calendar.isWorkingDay(date) && this.offerOn(date).total > 0) days.push(date);
    }
    if (days.length === 0) throw new Error(`No agency receives dossiers between ${from} and ${to}`);
    const cumulative = cumulativeOf(days.map((date) => this.offerOn(date).total));
    const [morning, afternoon] = this.world.calendar.hours.periods as [readonly [number, number], readonly [number, number]];
    const anchors = new Float64Array(count);
    for (let index = 0; index < count; index++) {
      const date = days[this.random.weighted(cumulative)]!;
      const period = this.random.chance(0.6) ? morning : afternoon;
      anchors[index] = fromLocal(date, this.random.between(period[0], period[1] - 10)).getTime();
    }
    return anchors.sort();
  }

  /** A dossier received at `anchor`: what, where, how and by whom. */
  brief(anchor: Date): DossierBrief | null {
    const offer = this.offerOn(localDateOf(anchor));
    if (offer.total === 0) return null;
    const { procedure, agency, delegation } = offer.pairs[this.random.weighted(offer.cumulative)]!;
    return { ...this.briefFor(procedure, agency, anchor, this.channelOf(procedure), undefined, undefined, delegation !== null), delegation };
  }

  briefFor(procedure: ProcedureInfo, agency: AgencyInfo, anchor: Date, channel: DossierBrief["channel"], turns?: Partial<Turns>, applicant?: DossierBrief["applicant"], isDelegated = false): DossierBrief {
    const random = this.random;
    const centre = this.world.serviceCentre;
    // The city's service centre receives the city departments' dossiers (Decree 118/2025: any
    // centre of the province; routed to the competent agency).
    // A delegated dossier is handed in where its delegate is (a ward's own desk).
    const receiving = procedure.level === "PROVINCE" && !isDelegated && centre && centre.id !== agency.id && isValidOn(centre, localDateOf(anchor)) ? centre : null;
    return {
      procedure, agency, receiving, channel, anchor, delegation: null,
      applicant: applicant ?? this.applicantFor(procedure, channel),
      turns: { ...drawTurns(random, procedure), ...turns },
    };
  }

  private channelOf(procedure: ProcedureInfo): DossierBrief["channel"] {
    const random = this.random;
    if (procedure.channels.includes("ONLINE") && random.chance(procedure.volume.online ?? 0.5)) return "ONLINE";
    if (procedure.channels.includes("POST") && random.chance(POST_SHARE)) return "POST";
    return procedure.channels.includes("IN_PERSON") || procedure.channels.length === 0 ? "IN_PERSON" : procedure.channels[0]!;
  }

  private applicantFor(procedure: ProcedureInfo, channel: DossierBrief["channel"]): DossierBrief["applicant"] {
    const random = this.random;
    const { residents, businesses } = this.world;
    if (procedure.volume.business && businesses.length > 0) {
      const business = random.pick(businesses);
      const owner = this.world.residentsById.get(business.ownerId);
      if (owner) return { userId: owner.userId, organizationId: business.id, person: { ...owner.person, fullName: business.name }, type: "BUSINESS" };
    }
    // Online, the applicant signed in with VNeID; at the counter, most have no account here.
    if ((channel === "ONLINE" || random.chance(0.2)) && residents.length > 0) {
      const resident = random.pick(residents);
      return { userId: resident.userId, organizationId: null, person: resident.person, type: "CITIZEN" };
    }
    this.serial += 1;
    return { userId: null, organizationId: null, person: makePerson(random, this.serial), type: "CITIZEN" };
  }

  /**
   * The demo resident's and business's own dossiers, at fixed distances from today, so that the
   * first pages a newcomer opens show one returned and rated, one in processing, one waiting for
   * their supplement, one awaiting receipt, and the business's registrations.
   */
  demoBriefs(end: Date): DossierBrief[] {
    const { demo, procedures } = this.world;
    const byCode = (code: string) => procedures.find((procedure) => procedure.code === code);
    const ago = (workingDays: number) => workingDaysBefore(this.world, end, workingDays);
    const calm: Partial<Turns> = { refusedAtReceipt: false, supplementAtDesk: "none", supplementAfterReceipt: "none", payment: false, consultation: false, bounce: false, late: false, apology: false, refuseToResolve: false, stop: false, withdraw: false, pace: 0.5 };
    const briefs: DossierBrief[] = [];
    const resident = demo.resident;
    const add = (code: string, agency: AgencyInfo | null, anchor: Date, turns: Partial<Turns>, owner: DossierBrief["applicant"] | null, channel: DossierBrief["channel"] = "ONLINE") => {
      const procedure = byCode(code);
      if (!procedure || !agency || !owner || !procedure.agencyIds.includes(agency.id)) return;
      briefs.push(this.briefFor(procedure, agency, anchor, channel, { ...calm, ...turns }, owner));
    };
    const asResident = resident && { userId: resident.userId, organizationId: null, person: resident.person, type: "CITIZEN" as const };
    add("1.001193", demo.ward, ago(30), { rated: true }, asResident);
    add("2.000635", demo.ward, ago(60), { pace: 0.9 }, asResident);
    add("1.004194", demo.wardPolice, ago(1), { pace: 0.9 }, asResident);
    add("2.001035", demo.ward, ago(2), { supplementAfterReceipt: "completed", holdAt: "SUPPLEMENT" }, asResident);
    add("1.013978", demo.ward, ago(3), { payment: true, holdAt: "PAYMENT", pace: 0.2 }, asResident);
    add("1.001193", demo.ward, new Date(end.getTime() + 3_600_000), { holdAt: "RECEIPT" }, asResident);
    const business = demo.business;
    const owner = business ? this.world.residentsById.get(business.ownerId) : undefined;
    const asBusiness = business && { userId: business.ownerId, organizationId: business.id, person: { ...(owner?.person ?? makePerson(this.random, 0)), fullName: business.name }, type: "BUSINESS" as const };
    const finance = [...this.world.agencies.values()].find((agency) => agency.slug === "hn-so-tai-chinh") ?? null;
    add("2.002041", finance, ago(45), { rated: true }, asBusiness);
    add("2.001583", finance, ago(20), {}, asBusiness);
    add("2.002041", finance, ago(1), { pace: 0.9 }, asBusiness);
    return briefs;
  }
}

/** 09:00 on the working day `days` working days before `from`'s date (a fraction moves the hour). */
function workingDaysBefore(world: World, from: Date, days: number): Date {
  let date = localDateOf(from);
  for (let counted = 0; counted < Math.floor(days); counted++) date = previousWorkingDay(date, world.calendar);
  const [morning] = world.calendar.hours.periods;
  return fromLocal(date, morning![0] + 60 + Math.round((days % 1) * 240));
}
