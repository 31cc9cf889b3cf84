using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Halls.Common;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.UnitTests.TestData;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Domain.Menus;
using Mediator;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace DiningMenus.Application.UnitTests.Halls.Common;

/// <summary>A hall's hours reconcile the published hours with the day menu, read through the cached day query (answered by the deadline).</summary>
public sealed class HallHoursServiceTests
{
    private static readonly DateOnly Today = new(2025, 12, 5);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 12, 5, 16, 0, 0, TimeSpan.Zero));
    private Mock<ISender> _sender = null!;
    private Mock<IHallHoursSource> _published = null!;

    [SetUp]
    public void NewMocks()
    {
        _sender = new Mock<ISender>(MockBehavior.Strict);
        _published = new Mock<IHallHoursSource>();
        _published.SetupGet(s => s.Vendor).Returns(VendorType.Pomona);
    }

    private HallHoursService Service() =>
        new([_published.Object], _sender.Object, _clock, MsOptions.Create(new MenusOptions()), NullLogger<HallHoursService>.Instance);

    private void PublishBreakfast() =>
        _published.Setup(s => s.GetHoursAsync(TestHalls.Frary, Today, It.IsAny<CancellationToken>()))
            .ReturnsAsync(DayHours.Open(Today, [ServiceHours.Labelled("Breakfast", new TimeOnly(7, 30), new TimeOnly(10, 0))], "pomona-hall-page"));

    private static DayMenuResult Day(DayMenu menu) => new(TestHalls.Frary, menu, "eatec-feed", DateTimeOffset.UnixEpoch, IsStale: false);

    [Test]
    public async Task A_menu_that_says_closed_wins_over_the_published_hours()
    {
        PublishBreakfast();
        _sender.Setup(s => s.Send(It.Is<GetDayMenuQuery>(q => q.Hall == TestHalls.Frary && q.Date == Today), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Day(new DayMenu("frary", Today, DayStatus.Closed, [])));

        var hours = await Service().GetAsync(TestHalls.Frary, Today, CancellationToken.None);

        Assert.That(hours.Status, Is.EqualTo(HoursStatus.Closed), "the menu says closed, whatever the page says");
        Assert.That(hours.Source, Is.EqualTo(DayHoursReconciler.MenuSource));
    }

    [Test]
    public async Task An_untimed_menu_leaves_the_published_hours_standing()
    {
        PublishBreakfast();
        _sender.Setup(s => s.Send(It.Is<GetDayMenuQuery>(q => q.Hall == TestHalls.Frary && q.Date == Today), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Day(TestHalls.OpenDay(Today)));

        var hours = await Service().GetAsync(TestHalls.Frary, Today, CancellationToken.None);

        Assert.That(hours.Status, Is.EqualTo(HoursStatus.Open));
        Assert.That(hours.Source, Is.EqualTo("pomona-hall-page"), "an untimed menu leaves the published hours standing");
        _sender.Verify(s => s.Send(It.IsAny<GetDayMenuQuery>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task A_date_outside_the_served_window_sends_for_no_menu()
    {
        var farAway = Today.AddDays(60);
        _published.Setup(s => s.GetHoursAsync(TestHalls.Frary, farAway, It.IsAny<CancellationToken>()))
            .ReturnsAsync(DayHours.Closed(farAway, "pomona-hall-page", "Winter Break"));

        var hours = await Service().GetAsync(TestHalls.Frary, farAway, CancellationToken.None);

        Assert.That(hours.Note, Is.EqualTo("Winter Break"));
        _sender.VerifyNoOtherCalls();
    }
}
