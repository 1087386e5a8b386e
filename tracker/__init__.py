"""Mission Tracker: crewed spaceflight missions, crews, vehicles and launch countdowns."""

__version__ = "0.1.0"
APP_NAME = "mission-tracker"
APP_ID = "io.github.missiontracker.MissionTracker"
