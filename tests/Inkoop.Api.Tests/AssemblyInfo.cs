// One PostgreSQL, one RabbitMQ and one Inkoop.Api for the assembly; tests count rows and events globally, so one at a time.
[assembly: AssemblyFixture(typeof(Inkoop.Api.Tests.InkoopApiFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
