import type { UseFormRegister } from 'react-hook-form'
import {
  INVENTORY,
  INVENTORY_NOTICE,
  INVENTORY_PROMPT,
  INVENTORY_TITLE,
} from '../../../../../shared/inventory'
import type { InventoryAnswer } from '../../../../../shared/riasec'
import type { RecordValues } from './record-form'

const CHOICES: { value: InventoryAnswer; label: string }[] = [
  { value: 'agree', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
  { value: 'disagree', label: 'No' },
]

/** Our 36-statement quick check: one radio group per statement, progress shown as it fills. */
export function QuickCheck({
  answers,
  register,
}: {
  answers: RecordValues['answers']
  register: UseFormRegister<RecordValues>
}) {
  const done = INVENTORY.filter((i) => answers[i.id]).length
  return (
    <div className="in-quick">
      <div className="in-quick-head">
        <div>
          <strong>{INVENTORY_TITLE}</strong>
          <p className="muted">{INVENTORY_NOTICE}</p>
        </div>
        <p className="in-progress" role="status">
          {done} of {INVENTORY.length} answered
          <span className="in-bar" aria-hidden="true">
            <span style={{ width: `${(done / INVENTORY.length) * 100}%` }} />
          </span>
        </p>
      </div>
      <p className="in-prompt">{INVENTORY_PROMPT}</p>
      <ol className="in-items">
        {INVENTORY.map((item, n) => (
          <li key={item.id} className={answers[item.id] ? 'in-answered' : ''}>
            <fieldset>
              <legend>
                <span className="in-item-num">{n + 1}.</span> {item.text}
              </legend>
              <div className="in-choices">
                {CHOICES.map((c) => (
                  <label key={c.value} className={answers[item.id] === c.value ? 'in-on' : ''}>
                    <input type="radio" value={c.value} {...register(`answers.${item.id}`)} />
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
