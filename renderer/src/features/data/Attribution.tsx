/** Required credits: O*NET's CC BY 4.0 attribution (exact wording) and the BLS and NCES sources. */
export const ONET_ATTRIBUTION =
  'This product includes information from the O*NET Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.'
export const BLS_CREDIT =
  'Wages and employment projections: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS) and Employment Projections (EP).'

export function Attribution() {
  return (
    <section className="panel dt-about" aria-labelledby="dt-attribution-title">
      <h2 id="dt-attribution-title">About the data</h2>
      <p>{ONET_ATTRIBUTION}</p>
      <p>O*NET® is a trademark of USDOL/ETA. Career Atlas is not endorsed by USDOL/ETA.</p>
      <p>{BLS_CREDIT}</p>
      <p>
        Related college programs: U.S. Department of Education, National Center for Education Statistics, and
        U.S. Bureau of Labor Statistics, CIP 2020 to SOC 2018 Crosswalk.
      </p>
    </section>
  )
}
