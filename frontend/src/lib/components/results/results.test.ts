import { render, screen, within } from '@testing-library/svelte';
import { apiError } from '$lib/testing/answers';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toProblem, type IndicatorRead, type TrailRead } from '$lib/api';
import { answer } from '$lib/testing/answers';
import { messagesFor } from '$lib/i18n/index.svelte';
import {
  CHART_HEIGHT,
  indicatorChart,
  PLOT_BOTTOM,
  PLOT_TOP,
  progressState,
  progressText,
  segments,
  X_END,
  X_START,
} from './chart';
import IdeaTrail from './IdeaTrail.svelte';
import IndicatorChart from './IndicatorChart.svelte';
import { NOT_A_NUMBER, parseDecimal, unreadNumbersProblem, withUnreadNumbers } from './numbers';
import RecordMeasurementForm from './RecordMeasurementForm.svelte';
import { hasTrail } from './trail';

const api = vi.hoisted(() => ({ recordMeasurement: vi.fn() }));
vi.mock('$lib/api', async (original) => ({ ...(await original<typeof import('$lib/api')>()), ...api }));

afterEach(() => {
  vi.resetAllMocks();
});

const nl = messagesFor('nl');
const en = messagesFor('en');

/** "Bewegingen naar werk" as the Utrecht demo has it: higher is better, 42 → 80. */
const moves: IndicatorRead = {
  id: 'f5f9c595-58b6-5759-bdd4-ce187b5fbe64',
  opgaveId: '0952db90-8453-5fb1-a1be-a3cbb11556b3',
  actionLine: { id: 'l1', title: 'Creëren passende banen' },
  name: 'Bewegingen naar werk',
  description: '',
  kind: 'effect',
  unit: 'personen per kwartaal',
  direction: 'higher',
  baselineValue: 42,
  baselineDate: '2025-06-30',
  targetValue: 80,
  targetDate: '2027-12-31',
  dataSource: 'Monitor Werk en Inkomen',
  latest: { id: 'm5', value: 64, measuredOn: '2026-09-30' },
  progressPercent: 57.9,
  series: [
    { id: 'm1', value: 45, measuredOn: '2025-09-30' },
    { id: 'm2', value: 51, measuredOn: '2025-12-31' },
    { id: 'm3', value: 56, measuredOn: '2026-03-31' },
    { id: 'm4', value: 61, measuredOn: '2026-06-30' },
    { id: 'm5', value: 64, measuredOn: '2026-09-30' },
  ],
  createdAt: '2026-11-28T10:00:00Z',
  updatedAt: '2026-11-28T10:00:00Z',
};

/** Lower is better: 35% → 10%. */
const cancelled: IndicatorRead = {
  ...moves,
  id: 'a1',
  name: 'Sollicitatiegesprekken afgezegd door gebrek aan opvang',
  unit: 'procent',
  direction: 'lower',
  baselineValue: 35,
  targetValue: 10,
  latest: { id: 'c3', value: 22, measuredOn: '2026-09-30' },
  progressPercent: 52,
  series: [
    { id: 'c1', value: 31, measuredOn: '2025-12-31' },
    { id: 'c2', value: 24, measuredOn: '2026-06-30' },
    { id: 'c3', value: 22, measuredOn: '2026-09-30' },
  ],
};

describe('indicatorChart', () => {
  it('puts the lowest value at the bottom, the highest at the top, and time from left to right', () => {
    const chart = indicatorChart(moves);
    expect(chart.baseline).toMatchObject({ x: X_START, y: PLOT_BOTTOM, value: 42 });
    expect(chart.target).toMatchObject({ x: X_END, y: PLOT_TOP, value: 80 });
    expect(chart.upper).toBe('target');
    expect([chart.firstDate, chart.lastDate]).toEqual(['2025-06-30', '2027-12-31']);
    // 30 June 2025 → 31 December 2027 is 914 days; 30 September 2026 is day 457, halfway.
    const latest = chart.measurements.at(-1)!;
    expect(latest.x).toBe(50);
    expect(latest.y).toBeCloseTo(PLOT_BOTTOM - ((PLOT_BOTTOM - PLOT_TOP) * (64 - 42)) / (80 - 42), 1);
    expect(PLOT_BOTTOM).toBeLessThan(CHART_HEIGHT);
  });

  it('draws the line from the baseline through the measurements in the order of their dates', () => {
    const shuffled = { ...moves, series: [...moves.series].reverse() };
    const chart = indicatorChart(shuffled);
    expect(chart.line.map((point) => point.date)).toEqual([
      '2025-06-30',
      '2025-09-30',
      '2025-12-31',
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
    ]);
    expect(segments(chart.line)).toHaveLength(5);
    expect(segments(chart.line)[0]).toEqual({ from: chart.line[0], to: chart.line[1] });
  });

  it('puts the baseline on top when lower is better', () => {
    const chart = indicatorChart(cancelled);
    expect(chart.upper).toBe('baseline');
    expect(chart.baseline.y).toBe(PLOT_TOP);
    expect(chart.target.y).toBe(PLOT_BOTTOM);
  });

  it('widens the scale for a measurement beyond the target or before the baseline date', () => {
    const chart = indicatorChart({
      ...moves,
      series: [
        { id: 'x', value: 30, measuredOn: '2025-01-31' },
        { id: 'y', value: 95, measuredOn: '2026-01-31' },
      ],
    });
    expect(chart.measurements[0]).toMatchObject({ x: X_START, y: PLOT_BOTTOM });
    expect(chart.measurements[1]!.y).toBe(PLOT_TOP);
    expect(chart.firstDate).toBe('2025-01-31');
    expect(chart.baseline.x).toBeGreaterThan(X_START);
    expect(chart.target.y).toBeGreaterThan(PLOT_TOP);
  });

  it('draws one value in the middle rather than dividing by nothing', () => {
    const chart = indicatorChart({
      baselineValue: 5,
      baselineDate: '2026-01-01',
      targetValue: 5,
      targetDate: '2026-01-01',
      series: [],
    });
    expect(chart.baseline.x).toBe((X_START + X_END) / 2);
    expect(chart.baseline.y).toBe((PLOT_TOP + PLOT_BOTTOM) / 2);
    expect(chart.line).toHaveLength(1);
  });
});

describe('progress in words', () => {
  it('says how far from the baseline to the target, in whole percent', () => {
    expect(progressText(52.4, nl)).toBe('52% van nulmeting naar streefwaarde');
    expect(progressText(57.9, en)).toBe('58% of the way from baseline to target');
    expect(progressText(0, nl)).toBe('0% van nulmeting naar streefwaarde');
  });

  it('says when there is nothing measured, when the target is reached, and when it went the wrong way', () => {
    expect(progressText(null, nl)).toBe('Nog geen metingen');
    expect(progressState(undefined)).toEqual({ kind: 'none' });
    expect(progressState(100)).toEqual({ kind: 'reached', percent: 100 });
    expect(progressText(112.5, nl)).toBe('Streefwaarde gehaald: 113% van nulmeting naar streefwaarde');
    expect(progressState(-12.2)).toEqual({ kind: 'away', percent: -12 });
    expect(progressText(-12.2, nl)).toMatch(/^Verder van de streefwaarde af dan bij de nulmeting/);
  });
});

describe('figures as people type them', () => {
  it('reads Dutch and English decimals, and tells blank from not a number', () => {
    expect(parseDecimal('6,5')).toBe(6.5);
    expect(parseDecimal(' 6.5 ')).toBe(6.5);
    expect(parseDecimal('1.250,5')).toBe(1250.5);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('−3')).toBe(-3);
    expect(parseDecimal('64')).toBe(64);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('   ')).toBeUndefined();
    expect(parseDecimal('veel')).toBe(NOT_A_NUMBER);
    expect(parseDecimal('6,5,1')).toBe(NOT_A_NUMBER);
  });

  it('says a field it could not read holds no number, not that it is empty, beside the API’s other problems', () => {
    const problem = toProblem(
      {
        status: 400,
        code: 'invalid_input',
        title: 't',
        detail: 'd',
        invalidParams: [
          { name: 'value', code: 'required', reason: 'Verplicht.' },
          { name: 'measuredOn', code: 'in_future', reason: 'Toekomst.' },
        ],
      },
      new Response('', { status: 400 }),
    );
    expect(withUnreadNumbers(problem, ['value']).invalidParams?.map((p) => [p.name, p.code])).toEqual([
      ['value', 'not_a_number'],
      ['measuredOn', 'in_future'],
    ]);
    expect(withUnreadNumbers(problem, [])).toBe(problem);
    expect(unreadNumbersProblem(['value']).invalidParams).toHaveLength(1);
  });
});

describe('IndicatorChart', () => {
  it('names the chart in one sentence with the direction in words, and has the figures as a table', () => {
    render(IndicatorChart, { props: { indicator: moves } });
    const picture = screen.getByRole('img', { name: /^Bewegingen naar werk: nulmeting 42/ });
    expect(picture).toHaveAccessibleName(
      'Bewegingen naar werk: nulmeting 42 personen per kwartaal op 30 juni 2025, laatste meting 64 personen per kwartaal op 30 september 2026, streefwaarde 80 personen per kwartaal op 31 december 2027. Hoger is beter.',
    );
    expect(picture).toHaveAccessibleDescription(/Dezelfde cijfers staan in de tabel/);
    expect(screen.getByText('(Hoger is beter)')).toBeInTheDocument();
    // The lines are named on the chart itself, not only by their colour.
    expect(picture).toHaveTextContent('Nulmeting 42');
    expect(picture).toHaveTextContent('Streefwaarde 80');
    expect(screen.getByText('Metingen (doorgetrokken lijn, rondjes)')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Cijfers van ‘Bewegingen naar werk’' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' '))).toEqual([
      '30 juni 2025 Nulmeting 42',
      '30 september 2025 Meting 45',
      '31 december 2025 Meting 51',
      '31 maart 2026 Meting 56',
      '30 juni 2026 Meting 61',
      '30 september 2026 Meting 64',
      '31 december 2027 Streefwaarde 80',
    ]);
    expect(
      within(table).getByRole('columnheader', { name: 'Waarde (personen per kwartaal)' }),
    ).toBeInTheDocument();
  });

  it('says lower is better when it is, and that nothing was measured yet', () => {
    render(IndicatorChart, {
      props: { indicator: { ...cancelled, latest: null, series: [], progressPercent: null } },
    });
    expect(screen.getByRole('img')).toHaveAccessibleName(
      /nog geen metingen, streefwaarde 10 procent .*Lager is beter\.$/,
    );
    expect(screen.getByRole('img').querySelectorAll('circle')).toHaveLength(0);
  });

  it('draws no colour literal: every stroke and fill comes from a class', () => {
    const { container } = render(IndicatorChart, { props: { indicator: moves } });
    for (const element of container.querySelectorAll('svg *')) {
      expect(element.getAttribute('stroke')).toBeNull();
      expect(element.getAttribute('fill')).toBeNull();
    }
  });
});

const trail: TrailRead = {
  proposal: {
    id: 'e75b83fe-87c3-5130-9dde-6121e96105f3',
    opgaveId: '0952db90-8453-5fb1-a1be-a3cbb11556b3',
    title: 'Proefplaatsingen zonder risico op de uitkering',
    status: 'adopted',
  },
  response: {
    text: 'We nemen dit over in de actielijn Creëren passende banen.',
    respondedAt: '2026-11-28T17:06:06Z',
    respondedBy: { id: 's', displayName: 'Sanne de Vries', badge: 'staff' },
  },
  actionLine: { id: 'l1', title: 'Creëren passende banen' },
  tasks: [
    {
      id: 't1',
      title: 'Twintig werkgevers in Overvecht en Kanaleneiland benaderen',
      status: 'in_progress',
      claims: [
        {
          organisation: { id: 'o1', name: 'Werkgeversservicepunt Utrecht-Midden' },
          progressPercent: 60,
          claimedAt: '2026-11-01T10:00:00Z',
          releasedAt: null,
        },
      ],
      grants: [
        {
          id: 'g1',
          organisation: { id: 'o1', name: 'Werkgeversservicepunt Utrecht-Midden' },
          grantedCents: 600000,
          status: 'granted',
          decidedAt: '2026-11-02T10:00:00Z',
          withdrawnAt: null,
        },
      ],
    },
    {
      id: 't2',
      title: 'Proefplaatsingen begeleiden met een jobcoach',
      status: 'open',
      claims: [],
      grants: [],
    },
  ],
  indicators: [moves],
  reflections: [
    {
      id: 'c2135ff8-79af-5083-af77-71b0d5675853',
      title: 'Terugblik op het eerste half jaar',
      heldOn: '2026-10-15',
      summary: 'Proefplaatsingen zonder risico op de uitkering helpen het meest.',
    },
  ],
};

describe('IdeaTrail', () => {
  it('tells what became of an idea: the answer, the tasks and who took them on, budget, measures, reflections', () => {
    render(IdeaTrail, { props: { trail, slug: 'utrecht', answerId: 'antwoord-kop' } });
    const section = screen.getByRole('region', { name: 'Wat er van dit idee werd' });
    expect(
      within(section).getByText(
        /Overgenomen: geantwoord door Sanne de Vries \(gemeente\) op 28 november 2026\./,
      ),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Lees het antwoord' })).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/0952db90-8453-5fb1-a1be-a3cbb11556b3/ideeen/e75b83fe-87c3-5130-9dde-6121e96105f3#antwoord-kop',
    );
    // The answer's text is on the page already: not twice.
    expect(within(section).queryByText(/We nemen dit over/)).toBeNull();

    const tasks = within(section).getByRole('heading', { name: 'Taken en wie ze oppakten' }).closest('li')!;
    expect(
      within(tasks).getByRole('heading', { name: /Twintig werkgevers .* Wordt aan gewerkt/ }),
    ).toBeInTheDocument();
    expect(tasks).toHaveTextContent('Opgepakt door: Werkgeversservicepunt Utrecht-Midden, 60% klaar');
    expect(tasks).toHaveTextContent(/Budget: € 6\.000 toegekend aan Werkgeversservicepunt Utrecht-Midden/);
    expect(tasks).toHaveTextContent('Nog niemand heeft deze taak opgepakt.');

    const measures = within(section).getByRole('heading', { name: 'Wat er gemeten wordt' }).closest('li')!;
    expect(measures).toHaveTextContent('De indicatoren van de actielijn ‘Creëren passende banen’');
    expect(within(measures).getByText('58% van nulmeting naar streefwaarde')).toBeInTheDocument();
    expect(within(measures).getByRole('link', { name: /grafieken/ })).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/0952db90-8453-5fb1-a1be-a3cbb11556b3/resultaten#indicatoren',
    );

    const reflections = within(section)
      .getByRole('heading', { name: 'Besproken bij het terugkijken' })
      .closest('li')!;
    expect(
      within(reflections).getByRole('link', { name: 'Terugblik op het eerste half jaar' }),
    ).toHaveAttribute(
      'href',
      '/gemeenten/utrecht/opgaven/0952db90-8453-5fb1-a1be-a3cbb11556b3/reflecties/c2135ff8-79af-5083-af77-71b0d5675853',
    );
    expect(reflections).toHaveTextContent('Proefplaatsingen zonder risico op de uitkering helpen het meest.');
  });

  it('shows the answer’s text where the page does not, and says plainly what has not happened yet', () => {
    render(IdeaTrail, {
      props: {
        trail: { ...trail, tasks: [], indicators: [], actionLine: null, reflections: [] },
        slug: 'utrecht',
      },
    });
    expect(screen.getByText('We nemen dit over in de actielijn Creëren passende banen.')).toBeInTheDocument();
    expect(screen.getByText('Er zijn (nog) geen taken uit dit idee voortgekomen.')).toBeInTheDocument();
    expect(
      screen.getByText('Dit idee hoort (nog) niet bij een actielijn met indicatoren.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Het idee is (nog) niet besproken bij een gepubliceerd reflectiemoment.'),
    ).toBeInTheDocument();
  });

  it('shows nothing while nothing became of the idea', () => {
    const nothing = { ...trail, response: null, tasks: [], reflections: [] };
    expect(hasTrail(nothing)).toBe(false);
    const { container } = render(IdeaTrail, { props: { trail: nothing, slug: 'utrecht' } });
    expect(container.querySelector('section')).toBeNull();
  });
});

describe('RecordMeasurementForm', () => {
  async function fill(value: string, date: string) {
    const user = userEvent.setup();
    render(RecordMeasurementForm, { props: { indicator: { id: moves.id, unit: moves.unit } } });
    await user.type(screen.getByLabelText('Waarde'), value);
    await user.type(screen.getByLabelText('Datum van de meting'), date);
    await user.click(screen.getByRole('button', { name: 'Meting vastleggen' }));
  }

  it('shows a date that has a measurement already (409) at the date field', async () => {
    api.recordMeasurement.mockRejectedValue(
      apiError(409, 'measurement_exists', undefined, 'Er is al een meting op 30-09-2026.'),
    );
    await fill('66,5', '2026-09-30');
    expect(api.recordMeasurement).toHaveBeenCalledWith({
      path: { id: moves.id },
      body: { measuredOn: '2026-09-30', value: 66.5 },
      headers: { 'Idempotency-Key': expect.any(String) },
    });
    const date = screen.getByLabelText('Datum van de meting');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Op deze datum is al een meting/);
  });

  it('shows a date in the future (400) at the date field, and a value that is no number at its own', async () => {
    api.recordMeasurement.mockRejectedValue(
      apiError(
        400,
        'invalid_input',
        [
          { name: 'value', code: 'required', reason: 'Verplicht.' },
          { name: 'measuredOn', code: 'in_future', reason: 'Toekomst.' },
        ],
        'Er is al een meting op 30-09-2026.',
      ),
    );
    await fill('veel', '2099-01-01');
    // What could not be read is left out, so the API names the other problems in the same answer.
    expect(api.recordMeasurement.mock.calls[0]![0].body).toEqual({ measuredOn: '2099-01-01' });
    expect(screen.getByLabelText('Waarde')).toHaveAccessibleDescription(/Waarde is geen getal/);
    expect(screen.getByLabelText('Datum van de meting')).toHaveAccessibleDescription(
      /Datum van de meting ligt in de toekomst/,
    );
  });

  it('says the measurement was recorded', async () => {
    api.recordMeasurement.mockResolvedValue(
      answer({
        id: 'n',
        indicatorId: moves.id,
        value: 66,
        measuredOn: '2026-11-28',
        sourceNote: '',
        recordedBy: null,
        createdAt: '2026-11-28T12:00:00Z',
      }),
    );
    await fill('66', '2026-11-28');
    expect(
      await screen.findByText('De meting van 28 november 2026 (66 personen per kwartaal) is vastgelegd.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Waarde')).toHaveValue('');
  });
});
