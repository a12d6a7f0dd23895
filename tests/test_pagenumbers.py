"""Finding a theme's page-number box (render/pagenumbers.py): the margin box whose content
counts pages, as the cascade leaves it."""

from briefing.render.pagenumbers import margin_boxes


def test_the_box_that_counts_pages_is_found_and_a_later_rule_wins():
    css = """
    @page { @top-left { content: string(doc-title); } @bottom-left { content: counter(page); } }
    @page rtl { @bottom-right { content: "p. " counter(page) " / " counter(pages); } }
    /* a theme moves the count: the left box is emptied, the right one counts */
    @page { @bottom-left { content: ""; } @bottom-right { color: red; content: counter(pages); } }
    @media print { @page :first { @bottom-center { content: counter(page, upper-roman); } } }
    @page { @top-right { font: 8pt sans-serif; } }
    """
    assert margin_boxes(css) == {("", "top-left"): False, ("rtl", "bottom-right"): True,
                                 ("", "bottom-left"): False, ("", "bottom-right"): True,
                                 (":first", "bottom-center"): True}


def test_a_counter_of_something_else_is_not_a_page_count():
    assert margin_boxes("@page { @bottom-left { content: counter(chapter) '.' counter(section); } }") == {
        ("", "bottom-left"): False}
