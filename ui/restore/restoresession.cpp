#include "restoresession.h"

#include "runtime.h"

namespace chartroom::ui {

const catalog::ChartProfile *RestoreSession::profile() const
{
    if (!backup || !backup->manifest)
        return nullptr;
    return runtime.catalog().profile(backup->manifest->profileId);
}

std::optional<backup::RestorePlan> RestoreSession::plan() const
{
    const catalog::ChartProfile *chartProfile = profile();
    if (!repository || !backup || !chartProfile)
        return std::nullopt;
    return backup::RestorePlan(*repository, *backup, target(), *chartProfile, key, options);
}

} // namespace chartroom::ui
