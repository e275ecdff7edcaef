// The "nothing changed" tests count rows and events globally: test classes must not run at the same time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
