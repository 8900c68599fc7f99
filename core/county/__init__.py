"""The county's desk (汇总): collect every unit's report, check them, sum them into one report."""
