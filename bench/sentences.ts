/**
 * A small vocabulary of answer sentences, written for the benchmark (not taken
 * from any data set). Answers are assembled from them: an opening, a body that
 * mixes goals, company links, evidence and a few weak spots (hedges, stock
 * phrases, salary talk) so every rule has something to look at, and a close.
 */
export const openings = [
  'My goal is to become a senior data analyst within the next three years.',
  'In the short term I want to master the reporting stack your finance team relies on.',
  'Over the next two years I plan to grow from support engineer into a site reliability role.',
  'Ultimately I want to lead a small product design team that ships accessible tools.',
  'Right now my focus is on becoming the person the team trusts with payment incidents.',
  'I see myself running the regional logistics planning desk within five years.',
  'My immediate goal is to earn my CPA license and take on audit work for nonprofit clients.',
  'I am changing careers from classroom teaching to instructional design for software companies.',
]

export const body = [
  'In my first six months I would learn your data warehouse and rebuild the weekly revenue dashboard.',
  'I have already completed the Google Data Analytics certificate and a course on dbt.',
  'At my current job I cut the month-end close from nine days to five by automating reconciliations.',
  'Your focus on customer trust is exactly why I applied, because I care about numbers people can rely on.',
  'I read about your plan to expand into Canada next year, and I would like to help model the demand.',
  'I want to keep learning SQL, Python and experiment design until I can run tests on my own.',
  'Beyond that, I hope to mentor new analysts the way my first manager mentored me.',
  'I guess I would kind of like to move into management at some point, maybe.',
  'Honestly, I just want to grow professionally and reach my full potential at a good company.',
  'The salary matters to me, but the chance to work on real infrastructure matters more.',
  'In the classroom I planned lessons for thirty students with very different needs, which is user research by another name.',
  'Last spring I built a side project that tracks bus delays across the city and published the code.',
  'Your value of ownership fits how I work: I like to see a project from the first sketch to the last bug.',
  'Within a year I would like to own the on-call runbook and reduce paging noise by a third.',
  'Long term, I want to be a staff engineer who designs systems that other teams build on.',
  'I am not motivated by titles; I am motivated by shipping things that customers notice.',
  'My old boss used to say "maybe next quarter", and that taught me to plan in writing.',
  'I would also like to present our findings at the regional analytics meetup.',
  'The role description mentions forecasting, which is the skill I most want to deepen here.',
  'Working with the support team would let me turn customer complaints into product fixes.',
  'I plan to take the AWS Solutions Architect exam by the end of my first year.',
  'Um, so, like, I want to, you know, get better at the technical side of things.',
  'That would let me contribute to your mission of making clean energy affordable for small towns.',
  'I learn best by doing, so I would volunteer for the migration project early on.',
]

export const closings = [
  'That is how I would help your team ship reports that finance and sales both trust.',
  'I think this role is the right next step, and I would bring the same care to your customers.',
  'In short, I want to grow here and give your team a reliable, curious analyst in return.',
  'I would bring patience, clear writing and a habit of measuring whether the work helped.',
]
