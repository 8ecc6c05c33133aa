import { REFERENCE_TIMELINE } from '../../src/domain/timeline.js';
import { PUBLISHED_TIMELINE, REFERENCE_CLIENT as ipoClient, REFERENCE_PROCEDURE as ipoProcedure } from '../../src/domain/reference-procedure.js';
import { simplePdf } from '../demo-pdf.js';

/**
 * The Postman collection as data: the reference procedure in the order it
 * happens, each request with its test script. Runs against a fresh service
 * whose clock stands in the open period (CLOCK_START=2025-12-22T10:00:00+01:00,
 * see README "A five-minute tour with curl"); what that instant cannot reach
 * yet is sent anyway and its refusal asserted.
 */

export const CLOCK_START = '2025-12-22T10:00:00+01:00';

/** The sample PDFs the uploads send, by file name (postman/samples/). */
export function samplePdfs(): Record<string, Buffer> {
  return {
    'cv.pdf': simplePdf('Curriculum vitae - Zoe van der Berg', [
      'Zoe van der Berg, Utrecht',
      '2019 - now: Directeur Bedrijfsvoering, Provincie Utrecht',
      '2014 - 2019: Afdelingshoofd Natuur en Landschap, Provincie Gelderland',
      'Sample document of the procedure-tracker Postman collection.',
    ]),
    'motivation.pdf': simplePdf('Motivatie - Zoe van der Berg', [
      'Aan de selectiecommissie van het IPO,',
      'Graag solliciteer ik naar de functie van Plaatsvervangend Algemeen Directeur IPO,',
      'tevens Directeur BIJ12.',
      'Sample document of the procedure-tracker Postman collection.',
    ]),
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Step {
  name: string;
  method: Method;
  /** Path with {{variables}}, after {{baseUrl}}; a query string may follow. */
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  /** multipart/form-data: text fields, and files as { file: path under the working directory }. */
  form?: Array<[string, string | { file: string }]>;
  /** A raw body read from a file under the working directory. */
  file?: string;
  /** 'none' for the open endpoints, or a variable holding another bearer key. */
  auth?: 'none' | { bearer: string };
  /** Set when the step belongs to a later date: why it is refused at the run's clock (the run asserts that refusal). */
  refusal?: string;
  /** Set when the step is a refusal that shows a rule, the same at any date. */
  shows?: string;
  description?: string;
  test: string[];
}

interface Folder {
  name: string;
  description: string;
  steps: Step[];
}

// ---- test-script building blocks (Postman sandbox JavaScript, ES5-safe) ----

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

const status = (code: number) => `pm.test(${q(`answers ${code}`)}, function () { pm.response.to.have.status(${code}); });`;

/** A refusal: the status, a problem+json body and the rule's code. */
const problem = (code: number, rule: string) => [
  status(code),
  `pm.test(${q(`refused with ${rule}`)}, function () {`,
  `  pm.expect(pm.response.headers.get('Content-Type')).to.include('application/problem+json');`,
  `  pm.expect(pm.response.json().code).to.eql(${q(rule)});`,
  `});`,
];

/** A refusal whose rule is one of the failures listed in errors[]. */
const problemListing = (code: number, rule: string) => [
  status(code),
  `pm.test(${q(`refused naming ${rule}`)}, function () {`,
  `  var body = pm.response.json();`,
  `  var codes = [body.code].concat((body.errors || []).map(function (e) { return e.code; }));`,
  `  pm.expect(codes).to.include(${q(rule)});`,
  `});`,
];

const expect = (title: string, ...lines: string[]) => [`pm.test(${q(title)}, function () {`, ...lines.map((l) => `  ${l}`), `});`];

/** Stores a field of the JSON answer in a collection variable. */
const save = (variable: string, path = 'id') => [
  `pm.test(${q(`stores ${variable}`)}, function () {`,
  `  var value = pm.response.json().${path};`,
  `  pm.expect(value, ${q(path)}).to.be.a('string').and.not.empty;`,
  `  pm.collectionVariables.set(${q(variable)}, value);`,
  `});`,
];

/** Stores the answer's ETag, for the If-Match of the next change. */
const saveEtag = (variable: string) => [
  `pm.test(${q(`stores the ETag as ${variable}`)}, function () {`,
  `  var etag = pm.response.headers.get('ETag');`,
  `  pm.expect(etag, 'ETag').to.match(/^(W\\/)?"[^"]+"$/);`,
  `  pm.collectionVariables.set(${q(variable)}, etag);`,
  `});`,
];

const field = (path: string, value: unknown) => `pm.expect(pm.response.json().${path}, ${q(path)}).to.eql(${JSON.stringify(value)});`;

const ipoTimeline = { ...REFERENCE_TIMELINE };
const publishedTimeline = { ...PUBLISHED_TIMELINE };
const { stageBounds: _defaults, ...procedureInput } = ipoProcedure;

const committee = [
  { name: 'Anna de Boer', email: 'a.deboer@example.org', role: 'chair', variable: 'chairId' },
  { name: 'Pieter Jansen', email: 'p.jansen@example.org', role: 'member', variable: 'memberId' },
  { name: 'Sanne Visser', email: null, role: 'adviser', variable: 'adviserId' },
] as const;

const applicants = [
  { variable: 'zoe', firstName: 'Zoë', lastName: 'van der Berg', email: 'zoe.vanderberg.{{run}}@example.org', city: 'Utrecht' },
  { variable: 'mehmet', firstName: 'Mehmet', lastName: 'Yılmaz', email: 'mehmet.yilmaz.{{run}}@example.org', city: 'Den Haag' },
] as const;

const openCallForm = (a: (typeof applicants)[number]): Step['form'] => [
  ['firstName', a.firstName],
  ['lastName', a.lastName],
  ['email', a.email],
  ['phone', '+31 6 12345678'],
  ['city', a.city],
  ['source', 'open_call'],
  ['motivation', { file: 'samples/motivation.pdf' }],
  ['cv', { file: 'samples/cv.pdf' }],
];

export const folders: Folder[] = [
  {
    name: '1. Clients',
    description: 'The service answers, the agency issues a consultant key, and registers the hiring organisation.',
    steps: [
      {
        name: 'Health',
        method: 'GET',
        path: '/health',
        auth: 'none',
        description: 'Also picks a tag for this run, part of the e-mail addresses below, so that the collection can run again on the same service.',
        test: [
          status(200),
          ...expect('is ok', field('status', 'ok')),
          "pm.collectionVariables.set('run', Date.now().toString(36));",
        ],
      },
      {
        name: 'Ready (database answers)',
        method: 'GET',
        path: '/ready',
        auth: 'none',
        test: [status(200)],
      },
      {
        name: 'Create a consultant key (shown once)',
        method: 'POST',
        path: '/v1/api-keys',
        json: { name: 'Anna de Vries', role: 'consultant' },
        test: [status(201), ...save('consultantKeyId'), ...expect('shows the key once', "pm.expect(pm.response.json().token).to.be.a('string');", field('role', 'consultant'))],
      },
      {
        name: 'List API keys',
        method: 'GET',
        path: '/v1/api-keys',
        test: [
          status(200),
          ...expect(
            'lists the new key without its secret',
            'var items = pm.response.json().items;',
            "var key = items.find(function (k) { return k.id === pm.collectionVariables.get('consultantKeyId'); });",
            'pm.expect(key).to.be.an(\'object\');',
            "pm.expect(key).to.not.have.property('token');",
          ),
        ],
      },
      {
        name: 'Add a person of the agency',
        method: 'POST',
        path: '/v1/users',
        json: { name: 'Anna de Vries', email: 'anna.devries.{{run}}@agency.example', role: 'consultant' },
        description: 'A named consultant. Their name and e-mail address are personal data of staff: the audit trail records that they changed, never their values.',
        test: [status(201), ...save('userId'), ...expect('is an active consultant', field('role', 'consultant'), field('active', true))],
      },
      {
        name: 'Create an integration key that acts on behalf of people',
        method: 'POST',
        path: '/v1/api-keys',
        json: { name: 'Agency portal', role: 'admin', actOnBehalf: true },
        test: [status(201), ...save('integrationKey', 'token'), ...expect('may act on behalf', field('actOnBehalf', true))],
      },
      {
        name: 'Who am I, acting for Anna (On-Behalf-Of)',
        method: 'GET',
        path: '/v1/me',
        headers: { 'On-Behalf-Of': '{{userId}}' },
        auth: { bearer: '{{integrationKey}}' },
        test: [
          status(200),
          ...expect(
            "runs in Anna's role",
            field('role', 'consultant'),
            "pm.expect(pm.response.json().actingUser.id).to.eql(pm.collectionVariables.get('userId'));",
            "pm.expect(pm.response.json().operations.map(function (o) { return o.method + ' ' + o.path; })).to.not.include('POST /v1/users');",
          ),
        ],
      },
      {
        name: 'Create the client IPO',
        method: 'POST',
        path: '/v1/clients',
        json: ipoClient,
        test: [status(201), ...save('clientId'), ...saveEtag('clientEtag'), ...expect('has the name', field('name', ipoClient.name))],
      },
      {
        name: 'Read the client',
        method: 'GET',
        path: '/v1/clients/{{clientId}}',
        test: [status(200), ...expect('is the client', "pm.expect(pm.response.json().id).to.eql(pm.collectionVariables.get('clientId'));"), ...saveEtag('clientEtag')],
      },
      {
        name: 'Update the client (If-Match)',
        method: 'PATCH',
        path: '/v1/clients/{{clientId}}',
        headers: { 'If-Match': '{{clientEtag}}' },
        json: { description: 'Interprovinciaal Overleg: the association of the twelve Dutch provinces, with BIJ12 as its implementing organisation.' },
        test: [status(200), ...expect('has the new description', "pm.expect(pm.response.json().description).to.include('twelve Dutch provinces');"), ...saveEtag('clientEtag')],
      },
      {
        name: 'Update the client with a stale ETag',
        method: 'PATCH',
        path: '/v1/clients/{{clientId}}',
        headers: { 'If-Match': '"1"' },
        json: { website: 'https://www.ipo.nl/' },
        shows: 'If-Match names version 1, and the update before made it version 2: 412 PRECONDITION_FAILED.',
        test: problem(412, 'PRECONDITION_FAILED'),
      },
      {
        name: 'List clients',
        method: 'GET',
        path: '/v1/clients',
        test: [
          status(200),
          ...expect('includes IPO', "var ids = pm.response.json().items.map(function (c) { return c.id; });", "pm.expect(ids).to.include(pm.collectionVariables.get('clientId'));"),
        ],
      },
    ],
  },
  {
    name: '2. Procedure and timeline',
    description: 'The position with its terms, the timeline (first as published, refused; then corrected), the opening, and the selection committee.',
    steps: [
      {
        name: 'Create the procedure',
        method: 'POST',
        path: '/v1/procedures',
        json: { clientId: '{{clientId}}', ...procedureInput },
        test: [
          status(201),
          ...save('procedureId'),
          ...expect('has the terms', field('title', ipoProcedure.title), field('hoursPerWeek', 36), field('salary.scale', '17')),
        ],
      },
      {
        name: 'Set the timeline as published (two milestones dated 2025)',
        method: 'PUT',
        path: '/v1/procedures/{{procedureId}}/timeline',
        json: publishedTimeline,
        shows: 'The published timeline dates the preselection and the overview in January 2025, before the closing date: 422 TIMELINE_ORDER.',
        test: problemListing(422, 'TIMELINE_ORDER'),
      },
      {
        name: 'Set the corrected timeline',
        method: 'PUT',
        path: '/v1/procedures/{{procedureId}}/timeline',
        json: ipoTimeline,
        test: [
          status(200),
          ...expect('keeps the closing date, to the end of the day in Amsterdam', field('dates.closing', '2026-01-06'), field('timeZone', 'Europe/Amsterdam')),
          ...saveEtag('procedureEtag'),
        ],
      },
      {
        name: 'Read the timeline',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/timeline',
        test: [status(200), ...expect('has the interview round', field('dates.interviewRoundStart', '2026-01-19'), field('dates.interviewRoundEnd', '2026-01-23'))],
      },
      {
        name: 'Open the procedure with a stale ETag',
        method: 'PATCH',
        path: '/v1/procedures/{{procedureId}}',
        headers: { 'If-Match': '"1"' },
        json: { phase: 'open' },
        shows: 'If-Match names version 1; setting the timeline made a newer one: 412 PRECONDITION_FAILED.',
        test: problem(412, 'PRECONDITION_FAILED'),
      },
      {
        name: 'Open the procedure (If-Match)',
        method: 'PATCH',
        path: '/v1/procedures/{{procedureId}}',
        headers: { 'If-Match': '{{procedureEtag}}' },
        json: { phase: 'open' },
        test: [status(200), ...expect('is open', field('phase', 'open')), ...saveEtag('procedureEtag')],
      },
      {
        name: 'Read the procedure',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}',
        test: [status(200), ...expect('is open, for IPO', field('phase', 'open'), "pm.expect(pm.response.json().clientId).to.eql(pm.collectionVariables.get('clientId'));")],
      },
      {
        name: 'List procedures',
        method: 'GET',
        path: '/v1/procedures',
        test: [
          status(200),
          ...expect('includes the procedure', "var ids = pm.response.json().items.map(function (p) { return p.id; });", "pm.expect(ids).to.include(pm.collectionVariables.get('procedureId'));"),
        ],
      },
      ...committee.map(
        (m): Step => ({
          name: `Add ${m.name} (${m.role}) to the committee`,
          method: 'POST',
          path: '/v1/procedures/{{procedureId}}/committee',
          json: { name: m.name, email: m.email, role: m.role },
          test: [status(201), ...save(m.variable), ...expect('has the role', field('role', m.role))],
        }),
      ),
      {
        name: 'Add a committee member who leaves again',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/committee',
        json: { name: 'Kees Tijdelijk', role: 'member' },
        test: [status(201), ...save('leavingMemberId')],
      },
      {
        name: 'Remove that member',
        method: 'DELETE',
        path: '/v1/procedures/{{procedureId}}/committee/{{leavingMemberId}}',
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
      {
        name: 'List the committee',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/committee',
        test: [
          status(200),
          ...expect(
            'has the three members',
            'var items = pm.response.json().items || pm.response.json();',
            "var active = items.filter(function (m) { return !m.removedAt; }).map(function (m) { return m.name; });",
            `pm.expect(active).to.include.members(${JSON.stringify(committee.map((m) => m.name))});`,
          ),
        ],
      },
      {
        name: "Issue the chair's committee key",
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/committee/{{chairId}}/api-key',
        test: [status(201), ...save('committeeKey', 'token'), ...expect('is a committee key', field('role', 'committee'))],
      },
      {
        name: 'The committee sees no applicant before the overview is sent',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/applications',
        auth: { bearer: '{{committeeKey}}' },
        test: [status(200), ...expect('sees nothing yet', field('items', []))],
      },
      {
        name: 'Calendar of the milestones (iCalendar)',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/calendar.ics',
        test: [
          status(200),
          ...expect('is an iCalendar feed', "pm.expect(pm.response.headers.get('Content-Type')).to.include('text/calendar');", "pm.expect(pm.response.text()).to.include('BEGIN:VCALENDAR');"),
        ],
      },
    ],
  },
  {
    name: '3. Candidates and applications',
    description:
      'Applications by the open call (a multipart form with both PDFs from samples/), an agency-search candidate by JSON with one PUT per document, and a headhunted candidate on file.',
    steps: [
      ...applicants.map(
        (a): Step => ({
          name: `Apply by the open call: ${a.firstName} ${a.lastName} (both PDFs)`,
          method: 'POST',
          path: '/v1/procedures/{{procedureId}}/applications',
          form: openCallForm(a),
          test: [
            status(201),
            ...save(`${a.variable}ApplicationId`),
            ...save(`${a.variable}CandidateId`, 'candidate.id'),
            ...saveEtag(`${a.variable}Etag`),
            ...expect('is applied with both documents', field('stage', 'applied'), field('candidate.lastName', a.lastName)),
          ],
        }),
      ),
      {
        name: 'Apply by the open call with a CV only',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/applications',
        form: [
          ['firstName', 'Piet'],
          ['lastName', 'Half'],
          ['email', 'piet.half.{{run}}@example.org'],
          ['source', 'open_call'],
          ['cv', { file: 'samples/cv.pdf' }],
        ],
        description: 'Accepted, but incomplete: it cannot be preselected until the motivation arrives.',
        test: [
          status(201),
          ...save('incompleteApplicationId'),
          ...expect('is incomplete, missing the motivation', field('complete', false), "pm.expect(pm.response.json().missingDocuments).to.include('motivation');"),
        ],
      },
      {
        name: 'Add a candidate of the agency search (JSON)',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/applications',
        json: {
          candidate: {
            firstName: 'Willemijn',
            lastName: 'Koster',
            email: 'willemijn.koster.{{run}}@example.org',
            currentPosition: 'Directeur Uitvoering',
            currentOrganisation: 'Provincie Gelderland',
            source: 'agency_search',
          },
          source: 'agency_search',
        },
        test: [status(201), ...save('searchedApplicationId'), ...save('searchedCandidateId', 'candidate.id'), ...expect('comes from the search', field('source', 'agency_search'))],
      },
      {
        name: 'Upload her CV (PUT, application/pdf)',
        method: 'PUT',
        path: '/v1/applications/{{searchedApplicationId}}/documents/cv?fileName=cv.pdf',
        headers: { 'Content-Type': 'application/pdf' },
        file: 'samples/cv.pdf',
        test: [status(201), ...expect('still misses the motivation', "pm.expect(pm.response.json().missingDocuments).to.eql(['motivation']);")],
      },
      {
        name: 'Upload her motivation (PUT, application/pdf)',
        method: 'PUT',
        path: '/v1/applications/{{searchedApplicationId}}/documents/motivation?fileName=motivation.pdf',
        headers: { 'Content-Type': 'application/pdf' },
        file: 'samples/motivation.pdf',
        test: [status(201), ...expect('is complete', field('complete', true))],
      },
      {
        name: 'Download her CV',
        method: 'GET',
        path: '/v1/applications/{{searchedApplicationId}}/documents/cv',
        test: [
          status(200),
          ...expect('is a PDF', "pm.expect(pm.response.headers.get('Content-Type')).to.include('application/pdf');", "pm.expect(pm.response.text().slice(0, 5)).to.eql('%PDF-');"),
        ],
      },
      {
        name: 'Read an application',
        method: 'GET',
        path: '/v1/applications/{{zoeApplicationId}}',
        test: [status(200), ...expect('is applied', field('stage', 'applied')), ...saveEtag('zoeEtag')],
      },
      {
        name: "Record the agency's motivation (If-Match)",
        method: 'PATCH',
        path: '/v1/applications/{{zoeApplicationId}}',
        headers: { 'If-Match': '{{zoeEtag}}' },
        json: { agencyMotivation: 'Brede bestuurlijke ervaring; sterk in verandertrajecten.' },
        test: [status(200), ...expect('keeps the motivation', field('agencyMotivation', 'Brede bestuurlijke ervaring; sterk in verandertrajecten.')), ...saveEtag('zoeEtag')],
      },
      {
        name: "Write a consultant's note on the application",
        method: 'POST',
        path: '/v1/applications/{{zoeApplicationId}}/notes',
        json: { text: 'Belde terug: beschikbaar per 1 april.' },
        test: [status(201), ...save('noteId'), ...saveEtag('noteEtag'), ...expect('is internal', field('shared', false))],
      },
      {
        name: 'Share the note with the committee before the overview was sent',
        method: 'PATCH',
        path: '/v1/notes/{{noteId}}',
        headers: { 'If-Match': '{{noteEtag}}' },
        json: { shared: true },
        refusal: 'A note can be shared with the committee once the candidate overview was sent (after the closing date): 409 NOTE_SHARING_TOO_EARLY.',
        test: problem(409, 'NOTE_SHARING_TOO_EARLY'),
      },
      {
        name: 'Edit the note (If-Match)',
        method: 'PATCH',
        path: '/v1/notes/{{noteId}}',
        headers: { 'If-Match': '{{noteEtag}}' },
        json: { text: 'Belde terug: beschikbaar per 1 mei.' },
        test: [status(200), ...expect('has the new text', field('text', 'Belde terug: beschikbaar per 1 mei.')), ...saveEtag('noteEtag')],
      },
      {
        name: 'Notes on the application',
        method: 'GET',
        path: '/v1/applications/{{zoeApplicationId}}/notes',
        test: [status(200), ...expect('has the note', 'pm.expect(pm.response.json().items).to.have.lengthOf(1);')],
      },
      {
        name: 'Read the note',
        method: 'GET',
        path: '/v1/notes/{{noteId}}',
        test: [status(200), ...expect('is version 2', field('version', 2)), ...saveEtag('noteEtag')],
      },
      {
        name: 'Delete the note',
        method: 'DELETE',
        path: '/v1/notes/{{noteId}}',
        test: [status(204)],
      },
      {
        name: 'List the applications of the procedure',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/applications',
        test: [status(200), ...expect('has the four applications', 'pm.expect(pm.response.json().items).to.have.lengthOf(4);')],
      },
      {
        name: 'List the applications by name, filtered by stage',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/applications?stage=applied&sort=name',
        test: [
          status(200),
          ...expect(
            'are the applied ones, by name',
            'var items = pm.response.json().items;',
            'pm.expect(items.length).to.be.above(0);',
            "items.forEach(function (i) { pm.expect(i.stage).to.eql('applied'); pm.expect(i.candidate).to.have.property('lastName'); });",
          ),
        ],
      },
      {
        name: 'Register a headhunted candidate (no application yet)',
        method: 'POST',
        path: '/v1/candidates',
        json: {
          firstName: 'Geert',
          lastName: 'Hoofdjager',
          email: 'geert.hoofdjager.{{run}}@example.org',
          currentPosition: 'Algemeen Directeur',
          currentOrganisation: 'Waterschap Rivierenland',
          source: 'agency_search',
        },
        test: [status(201), ...save('headhuntedCandidateId'), ...saveEtag('headhuntedEtag')],
      },
      {
        name: 'Read the candidate',
        method: 'GET',
        path: '/v1/candidates/{{headhuntedCandidateId}}',
        test: [status(200), ...expect('is the candidate', field('lastName', 'Hoofdjager')), ...saveEtag('headhuntedEtag')],
      },
      {
        name: 'Update the candidate (If-Match)',
        method: 'PATCH',
        path: '/v1/candidates/{{headhuntedCandidateId}}',
        headers: { 'If-Match': '{{headhuntedEtag}}' },
        json: { city: 'Tiel' },
        test: [status(200), ...expect('lives in Tiel', field('city', 'Tiel')), ...saveEtag('headhuntedEtag')],
      },
      {
        name: 'List candidates',
        method: 'GET',
        path: '/v1/candidates',
        test: [status(200), ...expect('has the five candidates', 'pm.expect(pm.response.json().items.length).to.be.at.least(5);')],
      },
      {
        name: 'Search candidates (accents, case and small misspellings do not matter)',
        method: 'GET',
        path: '/v1/candidates/search?q=geert%20hoofdjagr',
        test: [
          status(200),
          ...expect(
            'finds Geert Hoofdjager first',
            'var items = pm.response.json().items;',
            "pm.expect(items[0]).to.include({ id: pm.collectionVariables.get('headhuntedCandidateId'), lastName: 'Hoofdjager' });",
            'pm.expect(items[0].score).to.be.above(0.5);',
          ),
        ],
      },
    ],
  },
  {
    name: '4. Selection',
    description:
      'The stages and the candidate overview. Preselecting and closing the preselection belong after the closing date (6 January), shortlisting after the committee meeting (16 January); at the run\'s clock (22 December) they are refused with the rule that says so.',
    steps: [
      {
        name: 'Stages of the procedure',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/stages',
        test: [
          status(200),
          ...expect(
            'no one is preselected yet',
            "var preselection = pm.response.json().stages.find(function (s) { return s.name === 'preselection'; });",
            "pm.expect(preselection).to.include({ status: 'pending', count: 0 });",
          ),
        ],
      },
      {
        name: 'Preselect a candidate (If-Match)',
        method: 'POST',
        path: '/v1/applications/{{zoeApplicationId}}/transitions',
        headers: { 'If-Match': '{{zoeEtag}}' },
        json: { to: 'preselected' },
        refusal: 'The preselection starts after the closing date (6 January 2026, end of day): 409 STAGE_NOT_OPEN.',
        test: problem(409, 'STAGE_NOT_OPEN'),
      },
      {
        name: 'Send the candidate overview (close the preselection)',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/stages/preselection/close',
        json: {},
        refusal: 'The overview goes to the committee only after the closing date, from 7 January 2026, with 4 to 6 preselected: 409 GATE_TOO_EARLY.',
        test: problem(409, 'GATE_TOO_EARLY'),
      },
      {
        name: 'A candidate withdraws (If-Match)',
        method: 'POST',
        path: '/v1/applications/{{mehmetApplicationId}}/transitions',
        headers: { 'If-Match': '{{mehmetEtag}}' },
        json: { to: 'withdrawn', reason: 'Accepted another position.' },
        test: [status(200), ...expect('is withdrawn', field('stage', 'withdrawn')), ...saveEtag('mehmetEtag')],
      },
      {
        name: 'Stage history of the application',
        method: 'GET',
        path: '/v1/applications/{{mehmetApplicationId}}/history',
        test: [
          status(200),
          ...expect(
            'starts with the intake and ends with the withdrawal, with who and why',
            'var items = pm.response.json().items;',
            "pm.expect(items[0]).to.include({ from: null, to: 'applied' });",
            "pm.expect(items[items.length - 1]).to.include({ to: 'withdrawn', reason: 'Accepted another position.' });",
            'pm.expect(items[items.length - 1].actor).to.be.a("string");',
          ),
        ],
      },
      {
        name: 'The same move again with the ETag used before',
        method: 'POST',
        path: '/v1/applications/{{mehmetApplicationId}}/transitions',
        headers: { 'If-Match': '"1"' },
        json: { to: 'withdrawn' },
        shows: 'If-Match names the version before the withdrawal: 412 PRECONDITION_FAILED.',
        test: problem(412, 'PRECONDITION_FAILED'),
      },
      {
        name: 'Candidate overview (JSON)',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/overview',
        test: [status(200), ...expect('counts the applicants', "pm.expect(pm.response.json().totals.applicants).to.be.at.least(3);", "pm.expect(pm.response.json().totals.preselected).to.eql(0);")],
      },
      {
        name: 'Candidate overview (CSV)',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/overview',
        headers: { Accept: 'text/csv' },
        test: [status(200), ...expect('is CSV with the applicants', "pm.expect(pm.response.headers.get('Content-Type')).to.include('text/csv');", "pm.expect(pm.response.text()).to.include('van der Berg');")],
      },
      {
        name: 'The committee asks for the overview before it was sent',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/overview',
        auth: { bearer: '{{committeeKey}}' },
        refusal: 'A committee key sees the overview only after it was sent (after the closing date): 404.',
        test: problem(404, 'NOT_FOUND'),
      },
      {
        name: 'Invite the shortlist to the interview round (close the shortlist)',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/stages/shortlist/close',
        json: {},
        refusal:
          'The shortlist is invited after the overview was sent, from the committee meeting (16 January 2026) on, with 3 to 4 shortlisted: 409 STAGE_NOT_OPEN, listing GATE_TOO_EARLY among the failures.',
        test: [...problem(409, 'STAGE_NOT_OPEN'), ...problemListing(409, 'GATE_TOO_EARLY').slice(1)],
      },
      {
        name: 'Audit trail of the procedure',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/audit?limit=100',
        test: [
          status(200),
          ...expect('records the withdrawal', "var actions = pm.response.json().items.map(function (e) { return e.action; });", "pm.expect(actions).to.include('application.withdrawn');"),
        ],
      },
    ],
  },
  {
    name: '5. Interviews and scorecards',
    description:
      "The agency's screening interview (in the preselection window, 8 to 12 January) can be planned now; committee interviews need a shortlisted candidate, and scorecards an interview that has started.",
    steps: [
      {
        name: 'Plan a committee interview on 19 January',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/interviews',
        json: { applicationId: '{{zoeApplicationId}}', kind: 'committee', startsAt: '2026-01-19T10:00:00+01:00', durationMinutes: 60, location: 'den_haag', panel: ['{{chairId}}', '{{memberId}}'] },
        refusal: 'The committee interviews shortlisted candidates only, and the shortlist comes on 16 January: 409 NOT_SHORTLISTED.',
        test: problem(409, 'NOT_SHORTLISTED'),
      },
      {
        name: "Plan the agency's screening interview on 9 January",
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/interviews',
        json: { applicationId: '{{zoeApplicationId}}', kind: 'agency_screening', startsAt: '2026-01-09T10:00:00+01:00', durationMinutes: 60, location: 'utrecht', panel: ['{{chairId}}'] },
        test: [status(201), ...save('interviewId'), ...saveEtag('interviewEtag'), ...expect('is planned', field('kind', 'agency_screening'))],
      },
      {
        name: 'Read the interview',
        method: 'GET',
        path: '/v1/interviews/{{interviewId}}',
        test: [status(200), ...expect('is the screening', field('location', 'utrecht')), ...saveEtag('interviewEtag')],
      },
      {
        name: 'Move it to the afternoon (If-Match)',
        method: 'PATCH',
        path: '/v1/interviews/{{interviewId}}',
        headers: { 'If-Match': '{{interviewEtag}}' },
        json: { startsAt: '2026-01-09T14:00:00+01:00' },
        test: [status(200), ...expect('starts at 14:00 Amsterdam time, 13:00 UTC', "pm.expect(pm.response.json().startsAt).to.eql('2026-01-09T13:00:00.000Z');"), ...saveEtag('interviewEtag')],
      },
      {
        name: 'Interviews of the procedure',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/interviews',
        test: [status(200), ...expect('lists the screening', 'pm.expect(pm.response.json().items).to.have.lengthOf(1);')],
      },
      {
        name: "The chair's scorecard, before the interview",
        method: 'POST',
        path: '/v1/interviews/{{interviewId}}/evaluations',
        json: {
          memberId: '{{chairId}}',
          ratings: Object.fromEntries(ipoProcedure.profile.map((c, i) => [c.key, { score: [5, 4, 5, 4, 5][i], notes: 'Gesprek verliep goed.' }])),
          overallAdvice: 'recommend',
        },
        refusal: 'A scorecard can be submitted once the interview has started (9 January 2026): 409 INTERVIEW_NOT_STARTED.',
        test: problem(409, 'INTERVIEW_NOT_STARTED'),
      },
      {
        name: 'Scorecards of the interview',
        method: 'GET',
        path: '/v1/interviews/{{interviewId}}/evaluations',
        test: [status(200), ...expect('has none yet', 'pm.expect(pm.response.json().items).to.have.lengthOf(0);')],
      },
      {
        name: 'Averages per candidate and criterion',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/evaluations/summary',
        test: [status(200), ...expect('is a summary', "pm.expect(pm.response.json()).to.be.an('object');")],
      },
      {
        name: 'Cancel the screening interview',
        method: 'DELETE',
        path: '/v1/interviews/{{interviewId}}',
        headers: { 'If-Match': '{{interviewEtag}}' },
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
    ],
  },
  {
    name: '6. References',
    description: 'The consent to the reference check can be recorded early; the referees are asked for the nominee only (23 January on).',
    steps: [
      {
        name: 'Record the consent to the reference check',
        method: 'POST',
        path: '/v1/applications/{{zoeApplicationId}}/reference-consent',
        json: { scope: 'Two referees named by the candidate: a former manager and a board member' },
        test: [status(201), ...expect('is in force', field('kind', 'reference_check'), field('inForce', true))],
      },
      {
        name: 'Read the consent',
        method: 'GET',
        path: '/v1/applications/{{zoeApplicationId}}/reference-consent',
        test: [status(200), ...expect('is in force', field('inForce', true))],
      },
      {
        name: 'Add a referee',
        method: 'POST',
        path: '/v1/applications/{{zoeApplicationId}}/references',
        json: { refereeName: 'Karel Hendriks', relation: 'former manager at Provincie Utrecht', contact: '+31 30 1234567' },
        refusal: 'References concern the nominee only: 409 NOT_NOMINEE.',
        test: problem(409, 'NOT_NOMINEE'),
      },
      {
        name: 'References of the application',
        method: 'GET',
        path: '/v1/applications/{{zoeApplicationId}}/references',
        test: [status(200), ...expect('has none', 'pm.expect(pm.response.json().items).to.have.lengthOf(0);')],
      },
      {
        name: 'Withdraw the consent',
        method: 'DELETE',
        path: '/v1/applications/{{zoeApplicationId}}/reference-consent',
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
    ],
  },
  {
    name: '7. Offer and appointment',
    description: 'The offer (within the salary bounds valid on the start date) and the appointment belong to the nominee, at the end of January.',
    steps: [
      {
        name: 'Make the offer',
        method: 'PUT',
        path: '/v1/applications/{{zoeApplicationId}}/offer',
        json: { monthlySalary: '9500.00', startDate: '2026-03-01', state: 'made' },
        refusal: 'An offer is made to the nominee only: 409 NOT_NOMINEE.',
        test: problem(409, 'NOT_NOMINEE'),
      },
      {
        name: 'Read the offer',
        method: 'GET',
        path: '/v1/applications/{{zoeApplicationId}}/offer',
        refusal: 'No offer was made: 404.',
        test: problem(404, 'NOT_FOUND'),
      },
      {
        name: 'Record the appointment of 29 January',
        method: 'POST',
        path: '/v1/procedures/{{procedureId}}/appointment',
        json: { decisionDate: '2026-01-29', decisionReference: 'RvT-2026-004' },
        refusal:
          'There is no nominee, no completed reference check and no accepted offer yet, and the decision date lies in the future: 409 APPOINTMENT_CONDITIONS_NOT_MET, listing DECISION_IN_FUTURE among the failures.',
        test: [...problem(409, 'APPOINTMENT_CONDITIONS_NOT_MET'), ...problemListing(409, 'DECISION_IN_FUTURE').slice(1)],
      },
      {
        name: 'Read the appointment',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/appointment',
        refusal: 'No appointment was recorded: 404.',
        test: problem(404, 'NOT_FOUND'),
      },
      {
        name: 'Report of the procedure (JSON)',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/report',
        test: [
          status(200),
          ...expect(
            'counts the applicants and the funnel',
            'var r = pm.response.json();',
            'pm.expect(r.applicantsBySource.total).to.be.at.least(3);',
            "pm.expect(r.funnel[0].stage).to.eql('applied');",
            'pm.expect(r.funnel[0].reached).to.eql(r.applicantsBySource.total);',
            'pm.expect(r.daysOpeningToAppointment).to.eql(null);',
          ),
        ],
      },
      {
        name: 'Report of the procedure (CSV)',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/report',
        headers: { Accept: 'text/csv' },
        test: [
          status(200),
          ...expect('is CSV, one figure a line', "pm.expect(pm.response.headers.get('Content-Type')).to.include('text/csv');", "pm.expect(pm.response.text()).to.include('Section,Item,Measure,Value');"),
        ],
      },
      {
        name: 'The committee asks for the report',
        method: 'GET',
        path: '/v1/procedures/{{procedureId}}/report',
        auth: { bearer: '{{committeeKey}}' },
        refusal: 'Reports are for agency keys only: 403.',
        test: problem(403, 'FORBIDDEN_FOR_ROLE'),
      },
      {
        name: 'Agency report for the period of the procedure',
        method: 'GET',
        path: '/v1/reports/agency?from=2025-12-01&to=2026-02-28',
        test: [
          status(200),
          ...expect('has totals and a line per client', 'var r = pm.response.json();', 'pm.expect(r.totals.proceduresOpened).to.be.at.least(1);', "pm.expect(r.byClient).to.be.an('array').that.is.not.empty;"),
        ],
      },
    ],
  },
  {
    name: '8. Deadlines and sweep',
    description: "Every dated obligation with its state, a candidate's question (answered within one Dutch working day), and the sweep a scheduler runs.",
    steps: [
      {
        name: 'Record a question of a candidate',
        method: 'POST',
        path: '/v1/inquiries',
        json: { procedureId: '{{procedureId}}', candidateId: '{{zoeCandidateId}}', channel: 'email', fromName: 'Zoë van der Berg', fromEmail: 'zoe.vanderberg.{{run}}@example.org', subject: 'Vraag over de standplaats' },
        test: [status(201), ...save('inquiryId'), ...expect('is due within a working day', "pm.expect(pm.response.json().dueAt).to.be.a('string');", field('state', 'open'))],
      },
      {
        name: 'Deadlines of the procedure',
        method: 'GET',
        path: '/v1/deadlines?procedureId={{procedureId}}',
        test: [
          status(200),
          ...expect('lists the closing date and the question', "var kinds = pm.response.json().items.map(function (d) { return d.kind; });", "pm.expect(kinds).to.include('application_closing');", "pm.expect(kinds).to.include('inquiry_answer_due');"),
        ],
      },
      {
        name: 'Read the question',
        method: 'GET',
        path: '/v1/inquiries/{{inquiryId}}',
        test: [status(200), ...expect('is open', field('state', 'open'))],
      },
      {
        name: 'Answer the question',
        method: 'PATCH',
        path: '/v1/inquiries/{{inquiryId}}',
        json: {},
        test: [status(200), ...expect('is answered', field('state', 'answered'))],
      },
      {
        name: 'Questions',
        method: 'GET',
        path: '/v1/inquiries',
        test: [status(200), ...expect('lists the question', "var ids = pm.response.json().items.map(function (i) { return i.id; });", "pm.expect(ids).to.include(pm.collectionVariables.get('inquiryId'));")],
      },
      {
        name: 'Run the deadline sweep',
        method: 'POST',
        path: '/v1/jobs/deadline-sweep',
        test: [status(200), ...expect('reports what it did', "pm.expect(pm.response.json()).to.be.an('object');")],
      },
      {
        name: 'Read the service clock (a test clock: the service runs with CLOCK_START)',
        method: 'GET',
        path: '/v1/clock',
        test: [
          status(200),
          ...expect('is the test clock', field('mode', 'test')),
          "pm.collectionVariables.set('clockTarget', new Date(Date.parse(pm.response.json().now) + 1000).toISOString());",
        ],
      },
      {
        name: 'Move the test clock one second forward (runs the sweep)',
        method: 'POST',
        path: '/v1/clock/advance',
        json: { to: '{{clockTarget}}' },
        test: [status(200), ...expect('reports the sweep', "pm.expect(pm.response.json().sweep).to.be.an('object');")],
      },
      {
        name: 'The test clock never moves backwards',
        method: 'POST',
        path: '/v1/clock/advance',
        json: { to: '2025-01-01T00:00:00Z' },
        test: problem(409, 'CLOCK_BACKWARDS'),
      },
    ],
  },
  {
    name: '9. Privacy',
    description: 'Consents, the notice to a headhunted candidate, access and erasure, and requests received by mail.',
    steps: [
      {
        name: 'Record a retention consent (talent pool)',
        method: 'POST',
        path: '/v1/candidates/{{zoeCandidateId}}/consents',
        json: { kind: 'retention', scope: 'Kept for director positions in the provincial sector', expiresAt: '2026-12-01T00:00:00+01:00' },
        test: [status(201), ...save('consentId'), ...expect('is a retention consent', field('kind', 'retention'))],
      },
      {
        name: 'Consents of the candidate',
        method: 'GET',
        path: '/v1/candidates/{{zoeCandidateId}}/consents',
        test: [status(200), ...expect('lists the consent', "pm.expect(pm.response.json().items.map(function (c) { return c.id; })).to.include(pm.collectionVariables.get('consentId'));")],
      },
      {
        name: 'Withdraw the consent',
        method: 'POST',
        path: '/v1/candidates/{{zoeCandidateId}}/consents/{{consentId}}/withdraw',
        json: {},
        test: [status(200), ...expect('is withdrawn', "pm.expect(pm.response.json().withdrawnAt).to.be.a('string');")],
      },
      {
        name: 'Record that the headhunted candidate was informed',
        method: 'POST',
        path: '/v1/candidates/{{headhuntedCandidateId}}/informed',
        json: {},
        test: [`pm.test('answers 200 or 201', function () { pm.expect(pm.response.code).to.be.oneOf([200, 201]); });`],
      },
      {
        name: 'Export the data of a candidate (access)',
        method: 'GET',
        path: '/v1/candidates/{{zoeCandidateId}}/export',
        test: [status(200), ...expect('holds the candidate', "pm.expect(JSON.stringify(pm.response.json())).to.include('van der Berg');")],
      },
      {
        name: 'Record a data-subject request received by mail',
        method: 'POST',
        path: '/v1/data-subject-requests',
        json: { candidateId: '{{headhuntedCandidateId}}', kind: 'erasure' },
        test: [status(201), ...save('dsrId'), ...expect('is due within a month', "pm.expect(pm.response.json().dueAt).to.be.a('string');")],
      },
      {
        name: 'Data-subject requests',
        method: 'GET',
        path: '/v1/data-subject-requests',
        test: [status(200), ...expect('lists the request', "pm.expect(pm.response.json().items.map(function (r) { return r.id; })).to.include(pm.collectionVariables.get('dsrId'));")],
      },
      {
        name: 'Erase the headhunted candidate',
        method: 'DELETE',
        path: '/v1/candidates/{{headhuntedCandidateId}}',
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
      {
        name: 'The erasure answered the request',
        method: 'GET',
        path: '/v1/data-subject-requests',
        test: [
          status(200),
          ...expect(
            'the erasure request is answered',
            "var request = pm.response.json().items.find(function (r) { return r.id === pm.collectionVariables.get('dsrId'); });",
            "pm.expect(request.answeredAt).to.be.a('string');",
          ),
        ],
      },
      {
        name: 'Record an access request received by mail',
        method: 'POST',
        path: '/v1/data-subject-requests',
        json: { candidateId: '{{zoeCandidateId}}', kind: 'access' },
        test: [status(201), ...save('accessRequestId'), ...expect('is open', 'pm.expect(pm.response.json().answeredAt).to.eql(null);')],
      },
      {
        name: 'Mark the access request answered (sent by mail)',
        method: 'PATCH',
        path: '/v1/data-subject-requests/{{accessRequestId}}',
        json: {},
        test: [status(200), ...expect('is answered', "pm.expect(pm.response.json().answeredAt).to.be.a('string');")],
      },
    ],
  },
  {
    name: '10. Webhooks',
    description:
      'A subscription to every event, its deliveries, and the event feed for integrators who poll. The subscription points at the service itself ({{baseUrl}}/hooks/procedure-tracker, which answers 404, so deliveries are retried and visible): on a local service that needs WEBHOOK_ALLOW_PRIVATE_TARGETS=true; put your own receiver there otherwise.',
    steps: [
      {
        name: 'Subscribe a URL to every event',
        method: 'POST',
        path: '/v1/webhooks',
        json: { url: '{{baseUrl}}/hooks/procedure-tracker', eventTypes: ['*'] },
        test: [status(201), ...save('webhookId'), ...expect('shows its signing secret', "pm.expect(pm.response.json().secret).to.be.a('string');")],
      },
      {
        name: 'Webhooks',
        method: 'GET',
        path: '/v1/webhooks',
        test: [status(200), ...expect('lists the webhook', "pm.expect(pm.response.json().items.map(function (w) { return w.id; })).to.include(pm.collectionVariables.get('webhookId'));")],
      },
      {
        name: 'Read the webhook',
        method: 'GET',
        path: '/v1/webhooks/{{webhookId}}',
        test: [status(200), ...expect('has the URL', "pm.expect(pm.response.json().url).to.eql(pm.variables.get('baseUrl') + '/hooks/procedure-tracker');")],
      },
      {
        name: 'Deliveries of the webhook',
        method: 'GET',
        path: '/v1/webhooks/{{webhookId}}/deliveries',
        test: [status(200), ...expect('is a list', "pm.expect(pm.response.json().items).to.be.an('array');")],
      },
      {
        name: 'Events (for polling)',
        method: 'GET',
        path: '/v1/events',
        test: [status(200), ...expect('has the changes of the run', 'pm.expect(pm.response.json().items.length).to.be.above(0);')],
      },
      {
        name: 'Unsubscribe',
        method: 'DELETE',
        path: '/v1/webhooks/{{webhookId}}',
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
      {
        name: 'Revoke the consultant key',
        method: 'DELETE',
        path: '/v1/api-keys/{{consultantKeyId}}',
        test: [`pm.test('answers 200 or 204', function () { pm.expect(pm.response.code).to.be.oneOf([200, 204]); });`],
      },
    ],
  },
];

// ---- the collection file ----

function request(step: Step) {
  const headers = Object.entries(step.headers ?? {}).map(([key, value]) => ({ key, value }));
  let body: unknown;
  if (step.json !== undefined) {
    headers.push({ key: 'Content-Type', value: 'application/json' });
    body = { mode: 'raw', raw: JSON.stringify(step.json, null, 2), options: { raw: { language: 'json' } } };
  } else if (step.form) {
    body = {
      mode: 'formdata',
      formdata: step.form.map(([key, value]) =>
        typeof value === 'string' ? { key, value, type: 'text' } : { key, type: 'file', src: value.file, contentType: 'application/pdf' },
      ),
    };
  } else if (step.file) {
    body = { mode: 'file', file: { src: step.file } };
  }
  const [pathPart, query] = step.path.split('?') as [string, string | undefined];
  const url = {
    raw: `{{baseUrl}}${step.path}`,
    host: ['{{baseUrl}}'],
    path: pathPart.split('/').filter(Boolean),
    ...(query ? { query: query.split('&').map((kv) => ({ key: kv.split('=')[0]!, value: kv.split('=').slice(1).join('=') })) } : {}),
  };
  const auth =
    step.auth === 'none'
      ? { type: 'noauth' }
      : step.auth
        ? { type: 'bearer', bearer: [{ key: 'token', value: step.auth.bearer, type: 'string' }] }
        : undefined;
  return {
    method: step.method,
    header: headers,
    ...(body ? { body } : {}),
    url,
    ...(auth ? { auth } : {}),
    ...(step.refusal || step.shows || step.description
      ? {
          description: [step.description, step.shows && `Refused on purpose: ${step.shows}`, step.refusal && `Refused at the run's clock: ${step.refusal}`]
            .filter(Boolean)
            .join('\n\n'),
        }
      : {}),
  };
}

function description(): string {
  const list = (pick: (s: Step) => string | undefined) =>
    folders.flatMap((f) => f.steps.filter((s) => pick(s)).map((s) => `- ${f.name} / ${s.name}: ${pick(s)}`));
  return [
    'The reference procedure (IPO / BIJ12, a director vacancy) through the Procedure Tracker API, in the order a procedure runs.',
    '',
    `Run it against a fresh service whose clock stands in the open period, e.g. \`ADMIN_API_KEY=<24+ characters> CLOCK_START=${CLOCK_START} npm start\`, with the collection variables \`baseUrl\` and \`apiKey\` (an admin key) set. From the command line: \`newman run postman/procedure-tracker.postman_collection.json --working-dir postman --env-var baseUrl=http://localhost:3000 --env-var apiKey=<key>\` (the uploads send \`postman/samples/*.pdf\`).`,
    '',
    'Each request stores the ids and ETags it gets (collection variables such as `procedureId`, `procedureEtag`) and the next requests use them, in the path and in `If-Match`. Run the folders in order, as a whole. The first request picks a tag (`run`) for the e-mail addresses, so the collection can run again on the same service.',
    '',
    "The service's clock runs on from CLOCK_START in real time and the API has no way to move it, so the steps that belong to later dates of the procedure (the preselection after the closing on 6 January, the committee interviews of 19 to 23 January, the nomination, references, offer and appointment) cannot happen in a run. Those requests are sent with the body they will have then, and the run asserts the refusal the service gives now, with the rule it names:",
    '',
    ...list((s) => s.refusal),
    '',
    'Other requests are refused on purpose, to show a rule that holds at any date:',
    '',
    ...list((s) => s.shows),
    '',
    'Reading and completing a single reference check (`/v1/applications/{applicationId}/references/{referenceId}`) is not in the run: no reference can exist before the nomination.',
    '',
    'Generated by `npm run postman` (scripts/postman.ts); do not edit by hand.',
  ].join('\n');
}

export function buildCollection() {
  return {
    info: {
      _postman_id: '6f1d9a52-3c7e-4b8a-9e21-7d5c0b4a8f13',
      name: 'Procedure Tracker: the reference procedure',
      description: description(),
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    },
    item: folders.map((folder) => ({
      name: folder.name,
      description: folder.description,
      item: folder.steps.map((step) => ({
        name: step.name,
        event: [{ listen: 'test', script: { type: 'text/javascript', exec: step.test } }],
        request: request(step),
        response: [],
      })),
    })),
    auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{apiKey}}', type: 'string' }] },
    variable: [
      { key: 'baseUrl', value: 'http://localhost:3000', type: 'string' },
      { key: 'apiKey', value: '', type: 'string' },
    ],
  };
}

/** Every request of the collection, in order, for the tests. */
export function allSteps(): Step[] {
  return folders.flatMap((f) => f.steps);
}
