// One PostgreSQL and one RabbitMQ for the whole assembly; the outbox test stops the broker, so tests run one at a time.
[assembly: AssemblyFixture(typeof(Ontwikkelagenda.Intake.Tests.IntakeFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
