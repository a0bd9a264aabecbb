#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "chartroom.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "chartroom.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJournal, "chartroom.journal", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKube, "chartroom.kube", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "chartroom.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "chartroom.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "chartroom.app", QtInfoMsg)
