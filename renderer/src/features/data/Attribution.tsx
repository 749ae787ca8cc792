import { attribution } from '../../../../shared/attribution'

/** Required credits: O*NET's CC BY 4.0 attribution (exact wording) and the BLS and NCES sources. */
const credits = attribution()

export function Attribution() {
  return (
    <section className="panel dt-about" aria-labelledby="dt-attribution-title">
      <h2 id="dt-attribution-title">About the data</h2>
      <p>{credits.onet}</p>
      <p>{credits.bls}</p>
      <p>{credits.programs}</p>
    </section>
  )
}
