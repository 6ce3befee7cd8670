// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace ne {

/// The app's own line icons (resources/icons/ui), so toolbars look the same on every
/// desktop instead of depending on the system icon theme.
namespace Icons {
QIcon get(const char *name);
QIcon app();
} // namespace Icons

} // namespace ne
