using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class DeliveryBackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(60);

    [TestCase(1, 30)]
    [TestCase(2, 60)]
    [TestCase(3, 120)]
    [TestCase(7, 1920)]
    [TestCase(8, 3600)]
    [TestCase(40, 3600)]
    public void The_delay_doubles_after_each_attempt_up_to_the_cap(int attempts, int seconds)
    {
        Assert.That(DeliveryBackoff.Delay(attempts, Initial, Max, retryAfter: null), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [Test]
    public void Retry_After_is_honoured_when_it_asks_for_longer_and_never_shortens_the_backoff()
    {
        Assert.That(DeliveryBackoff.Delay(1, Initial, Max, TimeSpan.FromSeconds(120)), Is.EqualTo(TimeSpan.FromSeconds(120)));
        Assert.That(DeliveryBackoff.Delay(1, Initial, Max, TimeSpan.FromHours(3)), Is.EqualTo(TimeSpan.FromHours(3)), "beyond the cap too");
        Assert.That(DeliveryBackoff.Delay(3, Initial, Max, TimeSpan.Zero), Is.EqualTo(TimeSpan.FromSeconds(120)));
    }

    [Test]
    public void Retry_After_reads_as_seconds_or_as_a_date()
    {
        var now = new DateTimeOffset(2025, 12, 1, 20, 0, 0, TimeSpan.Zero);

        Assert.That(DeliveryBackoff.ReadRetryAfter(TimeSpan.FromSeconds(90), null, now), Is.EqualTo(TimeSpan.FromSeconds(90)));
        Assert.That(DeliveryBackoff.ReadRetryAfter(null, now.AddMinutes(5), now), Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(DeliveryBackoff.ReadRetryAfter(null, now.AddMinutes(-5), now), Is.EqualTo(TimeSpan.Zero));
        Assert.That(DeliveryBackoff.ReadRetryAfter(null, null, now), Is.Null);
    }

    [TestCase(200, DeliveryOutcome.Delivered)]
    [TestCase(204, DeliveryOutcome.Delivered)]
    [TestCase(null, DeliveryOutcome.Retry)]
    [TestCase(408, DeliveryOutcome.Retry)]
    [TestCase(429, DeliveryOutcome.Retry)]
    [TestCase(500, DeliveryOutcome.Retry)]
    [TestCase(503, DeliveryOutcome.Retry)]
    [TestCase(301, DeliveryOutcome.Final)]
    [TestCase(400, DeliveryOutcome.Final)]
    [TestCase(401, DeliveryOutcome.Final)]
    [TestCase(404, DeliveryOutcome.Final)]
    [TestCase(410, DeliveryOutcome.Final)]
    public void Network_errors_408_429_and_5xx_are_retried_other_answers_are_final(int? status, DeliveryOutcome outcome)
    {
        Assert.That(DeliveryClassifier.Classify(status), Is.EqualTo(outcome));
    }
}
