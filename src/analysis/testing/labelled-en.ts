import type { LabelledAnswer } from './labelled-answer.ts';

/** English answers, hand-labelled: would a fair interviewer tick each checkpoint? */
export const labelledEnglish: readonly LabelledAnswer[] = [
  {
    question: 'How does async/await work under the hood in .NET?',
    answer:
      'Well, so when you write an async method the compiler actually rewrites it, it turns the whole method into a class, or a struct in release builds, that keeps track of where it stopped, there’s like a number for each step, and every time an awaited task finishes it jumps back in at the right step. The point is the thread isn’t sitting there, it goes back to the pool while the database call or the HTTP call is in flight. In our library code we always put configure await false on every await, that was a team rule. Honestly I’m not sure about the synchronization context part, I know it exists in WinForms and old ASP.NET but I couldn’t really explain what it does.',
    checkpoints: [
      { text: 'Explains state machine transformation', covered: true },
      { text: 'Discusses SynchronizationContext', covered: false },
      { text: 'Mentions ConfigureAwait(false)', covered: true },
      { text: 'Explains that await does not block the thread', covered: true },
      { text: 'Warns about deadlocks from .Result or .Wait()', covered: false },
    ],
  },
  {
    question:
      'A report query that used to take 200 ms now takes 30 seconds. How would you investigate and fix it?',
    answer:
      'So first I’d look at our statistics in Grafana to see when exactly it started getting slower, was it a deploy or just data growth. Then I’d take the actual query and pull up the execution plan in Management Studio. In a case like this, well, what we found was a full scan over the orders table, forty million rows, because nothing on that table was indexed on customer id, and that’s the column the report filters on. So the fix was adding an index on customer id, and after that it went back to around a hundred and fifty milliseconds. There’s also a date filter in there but I’d leave that alone, customer id by itself is selective enough.',
    checkpoints: [
      { text: 'Checks the execution plan', covered: true },
      { text: 'Identifies missing index', covered: true },
      { text: 'Suggests composite index', covered: false },
      { text: 'Mentions updating database statistics', covered: false },
      { text: 'Discusses pagination', covered: false },
    ],
  },
  {
    question: 'Tell me about a production incident you handled.',
    answer:
      'Yeah so last year on a Friday evening checkout started failing, roughly a third of our customers got a timeout page for about forty minutes. We looked at the dashboards and the API pods were fine on CPU, but every request was waiting for a database connection. Turned out a reporting job someone had scheduled was running a huge query that took minutes and it held on to twenty connections, so the pool for the API was just empty. We killed the job, restarted the pods to clear the stuck requests, and things came back. Afterwards we moved that job to a read replica and set a statement timeout of thirty seconds. We never wrote a formal post mortem though, it kind of got lost in the next sprint.',
    checkpoints: [
      { text: 'Describes impact on users', covered: true },
      { text: 'Identifies root cause (long-running query, connection pool exhaustion)', covered: true },
      { text: 'Explains mitigation steps', covered: true },
      { text: 'Mentions writing a postmortem', covered: false },
      { text: 'Describes preventive measures', covered: true },
    ],
  },
  {
    question:
      'You are reviewing a pull request where an endpoint lists orders with their items and it is slow. What do you look for?',
    answer:
      'Okay so the first thing I’d look at is how the items get loaded, and in this kind of PR it’s almost always that the loop over the orders goes back to the database for each order’s items, so a hundred orders means a hundred and one round trips. I’d leave a comment asking them to load the items eagerly, in Entity Framework that’s just an Include on the query. The other thing is it returns every order the customer ever had, there’s no limit at all, so I’d ask for paging, maybe fifty per page with a cursor. When I had exactly this one I didn’t ask for a benchmark, the problem was pretty obvious from reading the code.',
    checkpoints: [
      { text: 'Identifies N+1 query problem', covered: true },
      { text: 'Suggests eager loading', covered: true },
      { text: 'Mentions projection to DTOs', covered: false },
      { text: 'Discusses pagination', covered: true },
      { text: 'Asks for a performance benchmark', covered: false },
    ],
  },
  {
    question: 'How do you structure a service using clean architecture?',
    answer:
      'So the way we did it, there’s the domain project in the middle with the entities and value objects and no dependencies at all, then an application project with the use cases, commands and handlers, then infrastructure where Entity Framework and the message bus live, and the web API project on the outside which is basically just controllers. The key thing is that the inner projects never reference the outer ones, the domain has no idea there even is a database. When the application needs to save something it declares an interface like an order repository and infrastructure provides the implementation, and we wire it up in the DI container at startup. To be honest we didn’t write that many tests for it, mostly because of deadlines.',
    checkpoints: [
      { text: 'Explains layers (Domain, Application, Infrastructure, API)', covered: true },
      { text: 'Explains the dependency rule', covered: true },
      { text: 'Mentions dependency inversion through interfaces', covered: true },
      { text: 'Discusses testability benefits', covered: false },
      { text: 'Mentions trade-offs for small services', covered: false },
    ],
  },
  {
    question: 'Explain the CAP theorem and how it affects your design choices.',
    answer:
      'Right, so CAP says a distributed data store can’t give you all three of consistency, availability and partition tolerance at the same time. Consistency here means every read sees the latest write, availability means every request gets some answer, and partition tolerance means the system keeps working when the network between the nodes gets split. Since the network will split at some point you can’t really give up on that one, so in practice when it happens you decide whether to refuse requests or to serve data that might be stale. In our shopping cart service we went the second way, it’s fine if the cart is a few seconds behind. I don’t really have a good example of a database that goes the other way, I’d have to look it up.',
    checkpoints: [
      { text: 'Defines consistency, availability and partition tolerance', covered: true },
      { text: 'Explains that a partition forces a choice between C and A', covered: true },
      { text: 'Gives examples of CP and AP systems', covered: false },
      { text: 'Mentions the latency trade-off (PACELC)', covered: false },
      { text: 'Relates it to own project', covered: true },
    ],
  },
  {
    question: 'Describe a Kafka-based data pipeline you built.',
    answer:
      'So at my last job we had a pipeline that took click events from the web shop and loaded them into the warehouse. Producers wrote to one topic with forty eight partitions and we keyed every message by customer id, so all events of one customer go to the same partition and stay in order. On the other side we ran twelve instances of the consumer service sharing the topic, Kafka splits the partitions between them and rebalances when one of them dies. A message can arrive twice after a rebalance, so the writer checked the event id and skipped anything it had already stored. We had no dead letter queue, when a message failed to parse we just logged it and moved on.',
    checkpoints: [
      { text: 'Explains partitioning and message keys', covered: true },
      { text: 'Discusses consumer groups and scaling', covered: true },
      { text: 'Handles duplicate delivery (idempotency)', covered: true },
      { text: 'Uses a dead letter queue for failed messages', covered: false },
      { text: 'Mentions monitoring consumer lag', covered: false },
    ],
  },
  {
    question: 'Tell me about a time you led a team through a difficult project.',
    answer:
      'So, two years ago our team had to move the billing system off a ten year old monolith within one quarter, because the data center contract was ending. I was the tech lead for five developers. What I did first was split the work by business area, and I decided we would run the old and the new billing side by side and compare the invoices every night instead of doing a big bang cutover. I also took the on call for the migration weekends myself so the team could rest. In the end we moved all forty thousand customers with only three wrong invoices, and the monthly billing run went from nine hours to about forty minutes. There wasn’t really any conflict in the team, everyone agreed on the plan. I don’t think there’s much I’d do differently.',
    checkpoints: [
      { text: 'Describes the situation and context', covered: true },
      { text: 'Explains own actions and decisions', covered: true },
      { text: 'Quantifies results', covered: true },
      { text: 'Describes handling conflict', covered: false },
      { text: 'Reflects on lessons learned', covered: false },
    ],
  },
];
