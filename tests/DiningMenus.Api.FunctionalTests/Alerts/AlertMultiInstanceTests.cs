using DiningMenus.Api.FunctionalTests.Archive;

namespace DiningMenus.Api.FunctionalTests.Alerts;

/// <summary>Two instances on one PostgreSQL archive: both read the same week, both dispatchers race for the same delivery; one delivers.</summary>
[TestFixture(ArchiveProviders.Postgres)]
public sealed class AlertMultiInstanceTests(string provider) : AlertTestBase(provider)
{
    [Test]
    public async Task Two_instances_on_one_PostgreSQL_deliver_once()
    {
        Receiver.AnswerNext(500);
        var first = StartAlertService();
        var second = StartAlertService();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();
        var alert = await CreateAlertAsync(firstClient, BulgogiAlert());

        // Both read Frary's week at once: each archives it or finds it archived, each may announce it.
        var reads = await Task.WhenAll(firstClient.GetAsync(FraryDinner), secondClient.GetAsync(FraryDinner));
        Assert.That(reads.Select(r => (int)r.StatusCode), Is.All.EqualTo(200));
        await WaitForReceivedAsync(1);
        await WaitForAttemptsAsync(secondClient, alert, 1);

        // The retry is due on both instances at once; each runs several passes concurrently (besides its own loop).
        first.Clock.Advance(TimeSpan.FromSeconds(30));
        second.Clock.Advance(TimeSpan.FromSeconds(30));
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => new[] { DispatchAsync(first), DispatchAsync(second) }));
        await WaitForAttemptsAsync(firstClient, alert, 2);

        Assert.That(passes.Sum(), Is.LessThanOrEqualTo(1), "one claim wins at most (the instances' own loops may win it)");
        Assert.That(Receiver.Received.Select(r => r.AnsweredStatus), Is.EqualTo(new[] { 500, 200 }));
        Assert.That(await DispatchAsync(first) + await DispatchAsync(second), Is.Zero);
        var delivery = (await DeliveriesAsync(secondClient, alert)).EnumerateArray().Single();
        Assert.That(delivery.GetProperty("status").GetString(), Is.EqualTo("delivered"));
        foreach (var read in reads)
        {
            read.Dispose();
        }
    }
}
