-- Who has opened Deskhand's App Home: only their homes are republished when an escalation they are involved in
-- changes (publishing a home nobody opened would be wasted calls), with the teams their queue showed then, so a
-- change in a team's queue reaches its viewers without asking Slack who is in the team's channel again.
CREATE TABLE home_viewers (
    user_id   VARCHAR(32)              NOT NULL PRIMARY KEY,
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE home_viewer_teams (
    user_id VARCHAR(32) NOT NULL REFERENCES home_viewers (user_id),
    team    VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_id, team)
);

CREATE INDEX home_viewer_teams_team ON home_viewer_teams (team);
