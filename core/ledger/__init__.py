"""The request ledger (台账): one row per 政府信息公开 request, from which 表三 can be derived."""
