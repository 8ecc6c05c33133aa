// The field of applicants of the reference procedure (docs/procedure.md: about 25
// applications through the open call, candidates from the agency's targeted
// search, a few incomplete ones and one that arrived too late), loaded through
// the HTTP API of a running service, as an integrator would.
//
// Made-up people; e-mail addresses are on example.com (RFC 2606).
import { simplePdf } from './demo-pdf.js';

interface Person {
  firstName: string;
  lastName: string;
  city: string;
  currentPosition: string;
  currentOrganisation: string;
}

const OPEN_CALL: Person[] = [
  { firstName: 'Sanne', lastName: 'van der Meer', city: 'Utrecht', currentPosition: 'Directeur Bedrijfsvoering', currentOrganisation: 'Provincie Utrecht' },
  {
    firstName: 'Joris',
    lastName: 'de Wit',
    city: 'Den Haag',
    currentPosition: 'Plaatsvervangend directeur-generaal',
    currentOrganisation: 'Ministerie van LNV',
  },
  { firstName: 'Fatima', lastName: 'El Amrani', city: 'Rotterdam', currentPosition: 'Directeur Uitvoering', currentOrganisation: 'Rijkswaterstaat' },
  { firstName: 'Maarten', lastName: 'Hoekstra', city: 'Leeuwarden', currentPosition: 'Algemeen directeur', currentOrganisation: 'Wetterskip Fryslân' },
  { firstName: 'Eline', lastName: "van 't Hof", city: 'Zwolle', currentPosition: 'Concerndirecteur', currentOrganisation: 'Provincie Overijssel' },
  { firstName: 'Ömer', lastName: 'Yılmaz', city: 'Amsterdam', currentPosition: 'Programmadirecteur Stikstof', currentOrganisation: 'Provincie Noord-Holland' },
  {
    firstName: 'Anne-Marie',
    lastName: 'Brouwer-Kok',
    city: 'Arnhem',
    currentPosition: 'Directeur Informatievoorziening',
    currentOrganisation: 'Provincie Gelderland',
  },
  { firstName: 'Thijs', lastName: 'Verhoeven', city: "'s-Hertogenbosch", currentPosition: 'Hoofd Uitvoering', currentOrganisation: 'Provincie Noord-Brabant' },
  { firstName: 'Noor', lastName: 'Bakker', city: 'Haarlem', currentPosition: 'Manager Operations', currentOrganisation: 'Omgevingsdienst IJmond' },
  { firstName: 'Bas', lastName: 'de Jong', city: 'Groningen', currentPosition: 'Directeur', currentOrganisation: 'Kadaster' },
  { firstName: 'Lotte', lastName: 'Jansen', city: 'Assen', currentPosition: 'Plaatsvervangend directeur', currentOrganisation: 'Provincie Drenthe' },
  { firstName: 'Hendrik', lastName: 'ten Brink', city: 'Lelystad', currentPosition: 'Concerncontroller', currentOrganisation: 'Provincie Flevoland' },
  { firstName: 'Priya', lastName: 'Ramdin', city: 'Den Haag', currentPosition: 'Directeur Digitale Dienstverlening', currentOrganisation: 'RVO' },
  { firstName: 'Willem', lastName: 'Smit', city: 'Middelburg', currentPosition: 'Griffier', currentOrganisation: 'Provincie Zeeland' },
  { firstName: 'Chantal', lastName: 'Dekker', city: 'Maastricht', currentPosition: 'Directeur Fysiek Domein', currentOrganisation: 'Provincie Limburg' },
  { firstName: 'Ruben', lastName: 'Mulder', city: 'Utrecht', currentPosition: 'Interim-directeur', currentOrganisation: 'Staatsbosbeheer' },
  {
    firstName: 'Iris',
    lastName: 'de Groot',
    city: 'Amersfoort',
    currentPosition: 'Directeur Bedrijfsvoering',
    currentOrganisation: 'Veiligheidsregio Utrecht',
  },
  { firstName: 'Mohamed', lastName: 'Bouzid', city: 'Almere', currentPosition: 'Directeur Publieke Dienstverlening', currentOrganisation: 'Gemeente Almere' },
  { firstName: 'Karin', lastName: 'Vos', city: 'Nijmegen', currentPosition: 'Programmamanager', currentOrganisation: 'Waterschap Rivierenland' },
  { firstName: 'Daan', lastName: 'van Leeuwen', city: 'Leiden', currentPosition: 'Directeur Strategie', currentOrganisation: 'Provincie Zuid-Holland' },
  { firstName: 'Zoë', lastName: 'Peters', city: 'Delft', currentPosition: 'Hoofd Financiën', currentOrganisation: 'Hoogheemraadschap van Delfland' },
  { firstName: 'Geert', lastName: 'Hendriks', city: 'Enschede', currentPosition: 'Algemeen directeur', currentOrganisation: 'Omgevingsdienst Twente' },
  { firstName: 'Yvonne', lastName: 'Meijer', city: 'Apeldoorn', currentPosition: 'Directeur Bedrijfsvoering', currentOrganisation: 'Belastingdienst' },
  { firstName: 'Stefan', lastName: 'Kuipers', city: 'Deventer', currentPosition: 'Directeur Uitvoering', currentOrganisation: 'DUO' },
  {
    firstName: 'Marieke',
    lastName: 'de Boer',
    city: 'Gouda',
    currentPosition: 'Secretaris-directeur',
    currentOrganisation: 'Waterschap Amstel, Gooi en Vecht',
  },
];

const AGENCY_SEARCH: Array<Person & { linkedin: string; notes: string; motivation: string }> = [
  {
    firstName: 'Frank',
    lastName: 'Zijlstra',
    city: 'Den Haag',
    currentPosition: 'Directeur-generaal a.i.',
    currentOrganisation: 'Ministerie van BZK',
    linkedin: 'https://www.linkedin.com/in/frank-zijlstra-demo',
    notes: 'Benaderd via netwerk; open voor een gesprek na 8 januari.',
    motivation: 'Ruime ervaring met uitvoeringsorganisaties in een bestuurlijke omgeving.',
  },
  {
    firstName: 'Esther',
    lastName: 'Nauta-Postma',
    city: 'Utrecht',
    currentPosition: 'Chief Operating Officer',
    currentOrganisation: 'UWV',
    linkedin: 'https://www.linkedin.com/in/esther-nauta-postma-demo',
    notes: 'Sterk in verandermanagement; salarisindicatie past binnen schaal 17.',
    motivation: 'Leidde de vernieuwing van de bedrijfsvoering van een grote uitvoerder.',
  },
  {
    firstName: 'Rachid',
    lastName: 'Benali',
    city: 'Rotterdam',
    currentPosition: 'Directeur Operatie',
    currentOrganisation: 'Havenbedrijf Rotterdam',
    linkedin: 'https://www.linkedin.com/in/rachid-benali-demo',
    notes: 'Gesproken op 23 december; wil graag meer weten over BIJ12.',
    motivation: 'Verbindend leider met ervaring in procesverbetering op grote schaal.',
  },
  {
    firstName: 'Catharina',
    lastName: 'van Oranje-Vermeulen',
    city: 'Haarlem',
    currentPosition: 'Provinciesecretaris',
    currentOrganisation: 'Provincie Noord-Holland',
    linkedin: 'https://www.linkedin.com/in/catharina-vermeulen-demo',
    notes: 'Kent de interprovinciale samenwerking van binnenuit.',
    motivation: 'Kent het IPO-netwerk en de provinciale uitvoeringspraktijk.',
  },
  {
    firstName: 'Pieter-Jan',
    lastName: 'de Vries',
    city: 'Wageningen',
    currentPosition: 'Directeur Bedrijfsvoering',
    currentOrganisation: 'Wageningen University & Research',
    linkedin: 'https://www.linkedin.com/in/pieter-jan-de-vries-demo',
    notes: 'Inhoudelijke affiniteit met natuur- en faunabeheer.',
    motivation: 'Combineert inhoudelijke kennis van het natuurdomein met sterke bedrijfsvoering.',
  },
];

const INCOMPLETE: Person[] = [
  { firstName: 'Tom', lastName: 'Bos', city: 'Hilversum', currentPosition: 'Directeur', currentOrganisation: 'Regionale Uitvoeringsdienst' },
  { firstName: 'Femke', lastName: 'Visser', city: 'Alkmaar', currentPosition: 'Adjunct-directeur', currentOrganisation: 'Provincie Noord-Holland' },
];

const LATE: Person = { firstName: 'Jeroen', lastName: 'Laatkomer', city: 'Breda', currentPosition: 'Directeur', currentOrganisation: 'Gemeente Breda' };

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

const emailOf = (p: Person) => `${slug(p.firstName)}.${slug(p.lastName)}@example.com`;
const phoneOf = (i: number) => `+31 6 ${String(20_000_000 + i * 7_919).slice(0, 4)} ${String(1_000 + i * 37).slice(-4)}`;
const fullName = (p: Person) => `${p.firstName} ${p.lastName}`;

function motivationLetter(p: Person): Buffer {
  return simplePdf(`Motivatiebrief - ${fullName(p)}`, [
    `${p.city}, december 2025`,
    '',
    'Aan: Chasse Executive Search',
    'Betreft: Plaatsvervangend Algemeen Directeur IPO, tevens Directeur BIJ12',
    '',
    'Geachte selectiecommissie,',
    '',
    'Met grote belangstelling heb ik de vacature gelezen. Als',
    `${p.currentPosition.toLowerCase()} bij ${p.currentOrganisation} werk ik dagelijks`,
    'aan de verbinding tussen bestuurlijke ambities en een betrouwbare uitvoering.',
    'Ik zou die ervaring graag inzetten voor BIJ12 en de twaalf provincies.',
    '',
    'Met vriendelijke groet,',
    fullName(p),
  ]);
}

function curriculumVitae(p: Person): Buffer {
  return simplePdf(`Curriculum vitae - ${fullName(p)}`, [
    `Woonplaats: ${p.city}`,
    '',
    'Loopbaan',
    `2019 - heden   ${p.currentPosition}, ${p.currentOrganisation}`,
    '2014 - 2019    Afdelingshoofd, een provinciale uitvoeringsorganisatie',
    '2009 - 2014    Programmamanager, een rijksuitvoeringsdienst',
    '',
    'Opleiding',
    'Master Bestuurskunde',
    '',
    'Nevenfuncties',
    'Lid raad van toezicht, een maatschappelijke organisatie',
  ]);
}

interface Reply {
  status: number;
  body: Record<string, unknown> & { code?: string; detail?: string };
}

export interface IntakeGroupReport {
  created: number;
  existing: number;
  refused: Array<{ who: string; status: number; code: string }>;
}

export interface IntakeReport {
  procedureId: string;
  openCall: IntakeGroupReport;
  agencySearch: IntakeGroupReport;
  incomplete: IntakeGroupReport;
  late: { sent: boolean; status?: number; code?: string; detail?: string; note?: string };
  lines: string[];
}

export interface IntakeOptions {
  /** Longest wait for the application window to close before the late application is sent (default 3 minutes). */
  maxWaitMs?: number;
  say?: (line: string) => void;
  /** For a caller that owns the service's clock: moves it past the closing instant instead of waiting. */
  closeWindow?: () => void | Promise<void>;
}

/**
 * Loads the realistic field of applicants into a procedure through the HTTP
 * API: 25 open-call applications with both PDFs (multipart), 5 candidates
 * from the agency's search (candidate, JSON application, both PDFs with PUT),
 * 2 incomplete applications, and 1 open-call application that arrives after
 * the window closed and is refused, as the real API would.
 *
 * The service keeps its own clock (CLOCK_START), so the late application is
 * sent only once the procedure's window is closed: when the service's time is
 * within `maxWaitMs` before the closing instant, this waits for it; run the
 * service with e.g. CLOCK_START=2026-01-06T23:57:00+01:00 for the reference
 * procedure. Running it again adds nothing: a person is found by e-mail
 * address (a search, or the id a 409 CANDIDATE_EXISTS gives), and one who
 * already applied is skipped; missing documents of a searched candidate are
 * uploaded. The report says what was created, found and refused.
 */
export async function loadIntakeField(baseUrl: string, adminKey: string, procedureId: string, options: IntakeOptions = {}): Promise<IntakeReport> {
  const base = baseUrl.replace(/\/+$/, '');
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    options.say?.(line);
  };
  const auth = { authorization: `Bearer ${adminKey}` };
  let serverOffsetMs: number | null = null;

  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const isForm = body instanceof FormData;
    const isBytes = Buffer.isBuffer(body);
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...auth, ...(body !== undefined && !isForm && !isBytes ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : isForm ? body : isBytes ? new Uint8Array(body) : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed = text ? (JSON.parse(text) as Reply['body']) : {};
    // The service's clock may be shifted (CLOCK_START); an application's receivedAt tells its time.
    if (method === 'POST' && path.endsWith('/applications') && res.status === 201 && typeof parsed.receivedAt === 'string') {
      serverOffsetMs = new Date(parsed.receivedAt).getTime() - Date.now();
    }
    return { status: res.status, body: parsed };
  }

  function form(fields: Record<string, string>, files: Array<{ field: string; pdf: Buffer; name: string }>): FormData {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    for (const file of files) f.append(file.field, new Blob([new Uint8Array(file.pdf)], { type: 'application/pdf' }), file.name);
    return f;
  }

  const fieldsOf = (p: Person, i: number, source = 'open_call'): Record<string, string> => ({
    firstName: p.firstName,
    lastName: p.lastName,
    email: emailOf(p),
    phone: phoneOf(i),
    city: p.city,
    currentPosition: p.currentPosition,
    currentOrganisation: p.currentOrganisation,
    source,
  });

  const timeline = await send('GET', `/v1/procedures/${procedureId}/timeline`);
  if (timeline.status !== 200) throw new Error(`procedure ${procedureId}: ${timeline.status} ${JSON.stringify(timeline.body)}`);
  const closesAt = (timeline.body.instants as { applicationsCloseAt?: string } | null)?.applicationsCloseAt;

  // Who applied already (a second run adds nothing).
  const applied = new Map<string, { id: string; motivation: boolean; cv: boolean }>();
  let cursor: string | null = null;
  do {
    const page: Reply = await send('GET', `/v1/procedures/${procedureId}/applications?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (page.status !== 200) throw new Error(`listing applications: ${page.status} ${JSON.stringify(page.body)}`);
    for (const item of page.body.items as Array<{ id: string; candidate: { id: string }; documentsPresent: { motivation: boolean; cv: boolean } }>) {
      applied.set(item.candidate.id, { id: item.id, ...item.documentsPresent });
    }
    cursor = page.body.nextCursor as string | null;
  } while (cursor);

  const newGroup = (): IntakeGroupReport => ({ created: 0, existing: 0, refused: [] });
  const refuse = (group: IntakeGroupReport, who: string, res: Reply) => {
    group.refused.push({ who, status: res.status, code: String(res.body.code ?? '') });
    say(`  refused ${who}: ${res.status} ${res.body.code ?? ''} ${res.body.detail ?? ''}`.trimEnd());
  };

  /** The id of the candidate with this e-mail address, if there is one. */
  async function knownCandidate(email: string): Promise<string | null> {
    const found = await send('GET', `/v1/candidates?q=${encodeURIComponent(email)}&limit=100`);
    const items = (found.body.items ?? []) as Array<{ id: string; email: string | null }>;
    return items.find((c) => c.email?.toLowerCase() === email.toLowerCase())?.id ?? null;
  }

  /** Sends a multipart application; for a known person, with their id. */
  async function applyByForm(group: IntakeGroupReport, p: Person, i: number, files: Array<{ field: string; pdf: Buffer; name: string }>) {
    const who = fullName(p);
    let candidateId = await knownCandidate(emailOf(p));
    if (candidateId && applied.has(candidateId)) {
      group.existing += 1;
      return;
    }
    let res = await send('POST', `/v1/procedures/${procedureId}/applications`, form(candidateId ? { candidateId } : fieldsOf(p, i), files));
    if (res.status === 409 && res.body.code === 'CANDIDATE_EXISTS') {
      // Registered in the meantime by someone else.
      candidateId = String(res.body.existingCandidateId);
      res = await send('POST', `/v1/procedures/${procedureId}/applications`, form({ candidateId }, files));
    }
    if (res.status === 201) {
      group.created += 1;
      applied.set((res.body.candidate as { id: string }).id, { id: String(res.body.id), motivation: true, cv: true });
    } else {
      refuse(group, who, res);
    }
  }

  const report: IntakeReport = {
    procedureId,
    openCall: newGroup(),
    agencySearch: newGroup(),
    incomplete: newGroup(),
    late: { sent: false },
    lines,
  };

  say(`open call: ${OPEN_CALL.length} applications with motivation letter and CV`);
  for (const [i, p] of OPEN_CALL.entries()) {
    await applyByForm(report.openCall, p, i, [
      { field: 'motivation', pdf: motivationLetter(p), name: `Motivatiebrief ${fullName(p)}.pdf` },
      { field: 'cv', pdf: curriculumVitae(p), name: `CV ${fullName(p)}.pdf` },
    ]);
  }
  say(`  ${report.openCall.created} received, ${report.openCall.existing} were there already`);

  say(`incomplete: ${INCOMPLETE.length} applications with one PDF each`);
  const [withoutCv, withoutMotivation] = INCOMPLETE as [Person, Person];
  await applyByForm(report.incomplete, withoutCv, 40, [{ field: 'motivation', pdf: motivationLetter(withoutCv), name: 'motivatie.pdf' }]);
  {
    // The JSON route, then one document with PUT.
    const p = withoutMotivation;
    let candidateId = await knownCandidate(emailOf(p));
    if (!candidateId) {
      const created = await send('POST', '/v1/candidates', { ...fieldsOf(p, 41) });
      if (created.status === 201) candidateId = String(created.body.id);
      else if (created.status === 409) candidateId = String(created.body.existingCandidateId);
      else refuse(report.incomplete, fullName(p), created);
    }
    if (candidateId && applied.has(candidateId)) {
      report.incomplete.existing += 1;
    } else if (candidateId) {
      const app = await send('POST', `/v1/procedures/${procedureId}/applications`, { candidateId });
      if (app.status !== 201) {
        refuse(report.incomplete, fullName(p), app);
      } else {
        const put = await send(
          'PUT',
          `/v1/applications/${String(app.body.id)}/documents/cv?fileName=${encodeURIComponent(`CV ${fullName(p)}.pdf`)}`,
          curriculumVitae(p),
          {
            'content-type': 'application/pdf',
          },
        );
        if (put.status === 201) report.incomplete.created += 1;
        else refuse(report.incomplete, fullName(p), put);
        applied.set(candidateId, { id: String(app.body.id), motivation: false, cv: put.status === 201 });
      }
    }
  }
  say(`  ${report.incomplete.created} received, ${report.incomplete.existing} were there already`);

  say(`agency search: ${AGENCY_SEARCH.length} candidates found by the agency`);
  for (const [i, p] of AGENCY_SEARCH.entries()) {
    const who = fullName(p);
    const created = await send('POST', '/v1/candidates', {
      ...fieldsOf(p, 50 + i, 'agency_search'),
      linkedinUrl: p.linkedin,
      notes: p.notes,
    });
    const candidateId = created.status === 201 ? String(created.body.id) : created.status === 409 ? String(created.body.existingCandidateId) : null;
    if (!candidateId) {
      refuse(report.agencySearch, who, created);
      continue;
    }
    let application = applied.get(candidateId);
    if (application && application.motivation && application.cv) {
      report.agencySearch.existing += 1;
      continue;
    }
    if (!application) {
      const app = await send('POST', `/v1/procedures/${procedureId}/applications`, {
        candidateId,
        source: 'agency_search',
        agencyMotivation: p.motivation,
      });
      if (app.status !== 201) {
        refuse(report.agencySearch, who, app);
        continue;
      }
      application = { id: String(app.body.id), motivation: false, cv: false };
      applied.set(candidateId, application);
    }
    let ok = true;
    for (const [kind, pdf, name] of [
      ['cv', curriculumVitae(p), `CV ${who}.pdf`],
      ['motivation', motivationLetter(p), `Motivatie ${who}.pdf`],
    ] as const) {
      if (application[kind]) continue;
      const put = await send('PUT', `/v1/applications/${application.id}/documents/${kind}?fileName=${encodeURIComponent(name)}`, pdf, {
        'content-type': 'application/pdf',
      });
      if (put.status === 200 || put.status === 201) application[kind] = true;
      else {
        ok = false;
        refuse(report.agencySearch, who, put);
      }
    }
    if (ok) report.agencySearch.created += 1;
  }
  say(`  ${report.agencySearch.created} added, ${report.agencySearch.existing} were there already`);

  // The late one: only once the window is closed, so that the service refuses it.
  const maxWaitMs = options.maxWaitMs ?? 180_000;
  const probeCandidate = [...applied.keys()][0];
  /** Open-call window still open? Asked without side effects: a known applicant's second application is refused either way. */
  async function windowOpen(): Promise<boolean | null> {
    if (!probeCandidate) return null;
    const res = await send('POST', `/v1/procedures/${procedureId}/applications`, { candidateId: probeCandidate, source: 'open_call' });
    if (res.status === 422 && res.body.code === 'OUTSIDE_APPLICATION_WINDOW') return false;
    if (res.status === 409 && res.body.code === 'DUPLICATE_APPLICATION') return true;
    return null;
  }
  const serverNow = () => (serverOffsetMs === null ? null : Date.now() + serverOffsetMs);
  const untilClose = () => {
    const now = serverNow();
    return closesAt && now !== null ? new Date(closesAt).getTime() - now : null;
  };
  const skipLate = (note: string) => {
    report.late.note = note;
    say(`late application: ${note}; not sent`);
    return report;
  };
  let open = options.closeWindow ? (await options.closeWindow(), await windowOpen()) : await windowOpen();
  if (open !== false) {
    const waitMs = untilClose();
    if (waitMs !== null && waitMs > maxWaitMs) {
      return skipLate(
        `the window closes at ${closesAt}, ${Math.round(waitMs / 1000)} s after the service's time (start the service with CLOCK_START shortly before the closing instant)`,
      );
    }
    if (open === null && waitMs === null) return skipLate('cannot tell whether the application window has closed');
    say(`late application: waiting for the window to close at ${closesAt ?? 'the closing instant'}`);
    const deadline = Date.now() + maxWaitMs;
    do {
      const left = untilClose();
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, Math.max(250, (left ?? 2_000) + 500))));
      open = open === null ? (untilClose() ?? 1) > 0 : await windowOpen();
    } while (open && Date.now() < deadline);
    if (open) return skipLate(`the window was still open after waiting ${Math.round(maxWaitMs / 1000)} s`);
  }
  const late = await send(
    'POST',
    `/v1/procedures/${procedureId}/applications`,
    form(fieldsOf(LATE, 60), [
      { field: 'motivation', pdf: motivationLetter(LATE), name: 'Motivatie.pdf' },
      { field: 'cv', pdf: curriculumVitae(LATE), name: 'CV.pdf' },
    ]),
  );
  report.late = { sent: true, status: late.status, code: String(late.body.code ?? ''), detail: String(late.body.detail ?? '') };
  say(
    late.status === 201
      ? 'late application: unexpectedly ACCEPTED (201)'
      : `late application from ${fullName(LATE)} refused: ${late.status} ${late.body.code} ${late.body.detail ?? ''}`,
  );
  return report;
}
