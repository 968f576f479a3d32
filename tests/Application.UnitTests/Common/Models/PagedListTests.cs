using SupportDesk.Application.Common.Models;

namespace SupportDesk.Application.UnitTests.Common.Models;

public class PagedListTests
{
    [TestCase(0, 20, 0)]
    [TestCase(1, 20, 1)]
    [TestCase(20, 20, 1)]
    [TestCase(21, 20, 2)]
    [TestCase(5, 0, 0)]
    public void Total_pages_round_up(int totalCount, int pageSize, int expected) =>
        Assert.That(new PagedList<int>([], 1, pageSize, totalCount).TotalPages, Is.EqualTo(expected));

    [Test]
    public void The_first_page_of_several_has_a_next_and_no_previous_page()
    {
        var page = new PagedList<int>([1, 2], 1, 2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(page.HasPreviousPage, Is.False);
            Assert.That(page.HasNextPage, Is.True);
        });
    }

    [Test]
    public void The_last_page_has_a_previous_and_no_next_page()
    {
        var page = new PagedList<int>([5], 3, 2, 5);

        Assert.Multiple(() =>
        {
            Assert.That(page.HasPreviousPage, Is.True);
            Assert.That(page.HasNextPage, Is.False);
        });
    }
}
