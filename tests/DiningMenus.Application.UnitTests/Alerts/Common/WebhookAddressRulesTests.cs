using System.Net;
using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Application.UnitTests.Alerts.Common;

public sealed class WebhookAddressRulesTests
{
    [TestCase("0.0.0.0", Description = "unspecified")]
    [TestCase("::", Description = "unspecified")]
    [TestCase("127.0.0.1", Description = "loopback")]
    [TestCase("127.255.0.9", Description = "loopback")]
    [TestCase("::1", Description = "loopback")]
    [TestCase("10.0.0.1", Description = "private")]
    [TestCase("172.16.5.4", Description = "private")]
    [TestCase("172.31.255.255", Description = "private")]
    [TestCase("192.168.0.1", Description = "private")]
    [TestCase("169.254.169.254", Description = "metadata, link-local")]
    [TestCase("100.64.0.1", Description = "carrier-grade NAT")]
    [TestCase("100.127.255.254", Description = "carrier-grade NAT")]
    [TestCase("224.0.0.1", Description = "multicast")]
    [TestCase("255.255.255.255", Description = "broadcast")]
    [TestCase("192.0.2.10", Description = "documentation")]
    [TestCase("198.18.0.1", Description = "benchmarking")]
    [TestCase("fe80::1", Description = "link-local")]
    [TestCase("fd00:ec2::254", Description = "unique local, AWS's IPv6 metadata")]
    [TestCase("fc00::1", Description = "unique local")]
    [TestCase("ff02::1", Description = "multicast")]
    [TestCase("::ffff:127.0.0.1", Description = "IPv4-mapped loopback")]
    [TestCase("::ffff:169.254.169.254", Description = "IPv4-mapped metadata")]
    [TestCase("::ffff:10.0.0.1", Description = "IPv4-mapped private")]
    [TestCase("::10.0.0.1", Description = "IPv4-compatible")]
    [TestCase("64:ff9b::a9fe:a9fe", Description = "NAT64 of the metadata address")]
    [TestCase("2002:a9fe:a9fe::1", Description = "6to4 of the metadata address")]
    [TestCase("2001:0:4136:e378::1", Description = "Teredo")]
    [TestCase("2001:db8::1", Description = "documentation")]
    public void Non_public_addresses_are_refused(string address)
    {
        Assert.That(WebhookAddressRules.IsAllowed(IPAddress.Parse(address), allowLoopback: false), Is.False);
    }

    [TestCase("93.184.215.14")]
    [TestCase("8.8.8.8")]
    [TestCase("172.32.0.1", Description = "just past 172.16/12")]
    [TestCase("100.128.0.1", Description = "just past 100.64/10")]
    [TestCase("2606:4700:4700::1111")]
    [TestCase("::ffff:8.8.8.8", Description = "IPv4-mapped public")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.That(WebhookAddressRules.IsAllowed(IPAddress.Parse(address), allowLoopback: false), Is.True);
    }

    [TestCase("127.0.0.1", true)]
    [TestCase("::1", true)]
    [TestCase("::ffff:127.0.0.1", true)]
    [TestCase("10.0.0.1", false)]
    [TestCase("169.254.169.254", false)]
    [TestCase("0.0.0.0", false)]
    public void The_test_flag_allows_loopback_and_nothing_else(string address, bool allowed)
    {
        Assert.That(WebhookAddressRules.IsAllowed(IPAddress.Parse(address), allowLoopback: true), Is.EqualTo(allowed));
    }
}
