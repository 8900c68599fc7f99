"""Which input method the editor asks Qt for (gui/input_method.py). The end-to-end check — fcitx5
with pinyin in a fresh Debian root turning typed "zhongwen" into 中文 in the installed app — is in
packaging/linux/test_deb_in_root.sh."""

from __future__ import annotations

import pytest

from gui import input_method

SHIPPED = input_method.plugin_keys(["libcomposeplatforminputcontextplugin.so",
                                    "libibusplatforminputcontextplugin.so"])


def test_plugin_file_names_map_to_keys() -> None:
    assert {"ibus"} == SHIPPED
    assert input_method.plugin_keys(["libfcitx5platforminputcontextplugin.so"]) == {"fcitx", "fcitx5"}
    assert input_method.plugin_keys(["libfcitxplatforminputcontextplugin-qt6.so"]) == {"fcitx"}


@pytest.mark.parametrize("env", [
    {"QT_IM_MODULE": "fcitx"},
    {"QT_IM_MODULE": "fcitx5"},
    {"QT_IM_MODULES": "fcitx;wayland", "QT_IM_MODULE": "fcitx"},
    {"XMODIFIERS": "@im=fcitx"},
])
def test_fcitx_without_its_plugin_goes_through_the_ibus_portal(env: dict[str, str]) -> None:
    changes = input_method.adjustments(env, SHIPPED)
    assert changes["QT_IM_MODULE"] == "ibus" and changes["IBUS_USE_PORTAL"] == "1"
    assert ("QT_IM_MODULES" in changes) == ("QT_IM_MODULES" in env)


@pytest.mark.parametrize("env, available", [
    ({"QT_IM_MODULE": "fcitx"}, SHIPPED | {"fcitx"}),  # the system's plugin is loadable: use it
    ({"QT_IM_MODULE": "ibus"}, SHIPPED),  # ibus users keep ibus-daemon
    ({}, SHIPPED),  # nothing asked for
    ({"XMODIFIERS": "@im=ibus"}, SHIPPED),
    ({"QT_IM_MODULE": "fcitx"}, set()),  # no ibus plugin either: nothing better to offer
])
def test_left_alone(env: dict[str, str], available: set[str]) -> None:
    assert input_method.adjustments(env, available) == {}


def test_an_explicit_ibus_portal_choice_is_kept() -> None:
    changes = input_method.adjustments({"QT_IM_MODULE": "fcitx", "IBUS_USE_PORTAL": "0"}, SHIPPED)
    assert changes == {"QT_IM_MODULE": "ibus"}


def test_prepare_changes_the_environment_it_is_given() -> None:
    env = {"QT_IM_MODULE": "fcitx"}
    changes = input_method.prepare(env)
    assert env["QT_IM_MODULE"] == "ibus" and changes["IBUS_USE_PORTAL"] == "1"  # PySide6 ships no fcitx plugin
