"""The 微信客服 channel's counters on ``/metrics`` (read from its ``KfStats`` at scrape time)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from bot.wecom.kf.responder import KfStats


class KfCollector(Collector):
    """``policy_bot_kf_events_total{event=…}``: answered, parts_sent, handoffs, send_failed …"""

    def __init__(self, stats: KfStats) -> None:
        self._stats = stats

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily("policy_bot_kf_events", "微信客服 channel events", labels=["event"])
        for name, value in dataclasses.asdict(self._stats).items():
            family.add_metric([name], value)
        yield family
