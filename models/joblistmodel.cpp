#include "joblistmodel.h"
