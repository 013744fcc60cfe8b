import type { Attribution, CareerFacts } from '../utils/curriculum/types';
import { SubViewHead } from './SubViewHead';

const rupees = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
});

function attributionLabel({ source, year, page }: Attribution): string {
  const when = year === null ? 'year not given' : String(year);
  return source === page ? `“${page}”, ${when}` : `${source}, ${when}, cited by “${page}”`;
}

export function CareerCard({ facts }: { facts: CareerFacts }) {
  const { payByExperience, salaryRange } = facts;
  return (
    <section class="card career-card" aria-labelledby="career-heading">
      <h2 id="career-heading">The job you are heading for</h2>
      <h3 class="sub">Average pay in India</h3>
      <p class="muted small">The two source pages disagree, so both figures are shown.</p>
      <ul class="facts">
        {facts.salaries.map((salary) => (
          <li key={salary.id}>
            <strong>{rupees.format(salary.annualInr)}</strong> a year: {salary.label}{' '}
            <span class="muted small">{attributionLabel(salary.attribution)}</span>
          </li>
        ))}
      </ul>
      <p class="small">
        Range {rupees.format(salaryRange.lowInr)} to {rupees.format(salaryRange.highInr)}{' '}
        <span class="muted">{attributionLabel(salaryRange.attribution)}</span>
      </p>
      <table class="pay-table">
        <caption class="small muted">
          Pay by experience, {attributionLabel(payByExperience.attribution)}
        </caption>
        <thead>
          <tr>
            <th scope="col">Years</th>
            <th scope="col">Average a year</th>
          </tr>
        </thead>
        <tbody>
          {payByExperience.bands.map((band) => (
            <tr key={band.years}>
              <td>{band.years}</td>
              <td>{rupees.format(band.annualInr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>Work hours, pros and cons</summary>
        <ul class="small">
          {facts.workHours.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <div class="two-col small">
          <div>
            <h3 class="sub">Pros</h3>
            <ul>
              {facts.pros.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 class="sub">Cons</h3>
            <ul>
              {facts.cons.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        </div>
      </details>
    </section>
  );
}

/** The career facts on their own, reached from the day view and from Options. */
export function CareerView({ facts, onBack }: { facts: CareerFacts; onBack: () => void }) {
  return (
    <div class="sub-view career-view">
      <SubViewHead title="Career facts" onBack={onBack} />
      <CareerCard facts={facts} />
    </div>
  );
}
