import { INVENTORY, INVENTORY_NOTICE, INVENTORY_PROMPT, INVENTORY_TITLE } from '../../../../../shared/inventory'
import type { InventoryAnswer } from '../../../../../shared/riasec'

const CHOICES: { value: InventoryAnswer; label: string }[] = [
  { value: 'agree', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
  { value: 'disagree', label: 'No' },
]

/** Our 36-statement quick check: one radio group per statement, progress shown as it fills. */
export function QuickCheck({
  answers,
  onChange,
}: {
  answers: Record<string, InventoryAnswer>
  onChange: (a: Record<string, InventoryAnswer>) => void
}) {
  const done = INVENTORY.filter((i) => answers[i.id]).length
  return (
    <div className="it-quick">
      <div className="it-quick-head">
        <div>
          <strong>{INVENTORY_TITLE}</strong>
          <p className="muted">{INVENTORY_NOTICE}</p>
        </div>
        <p className="it-progress" role="status">
          {done} of {INVENTORY.length} answered
          <span className="it-bar" aria-hidden="true">
            <span style={{ width: `${(done / INVENTORY.length) * 100}%` }} />
          </span>
        </p>
      </div>
      <p className="it-prompt">{INVENTORY_PROMPT}</p>
      <ol className="it-items">
        {INVENTORY.map((item, n) => (
          <li key={item.id} className={answers[item.id] ? 'is-answered' : ''}>
            <fieldset>
              <legend>
                <span className="it-num">{n + 1}.</span> {item.text}
              </legend>
              <div className="it-choices">
                {CHOICES.map((c) => (
                  <label key={c.value} className={answers[item.id] === c.value ? 'is-on' : ''}>
                    <input
                      type="radio"
                      name={`q-${item.id}`}
                      value={c.value}
                      checked={answers[item.id] === c.value}
                      onChange={() => onChange({ ...answers, [item.id]: c.value })}
                    />
                    {c.label}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    </div>
  )
}
