package io.fpsh.sim;

import io.fpsh.lab.LabFile;

/** The device's accounts as sudo -u and su see them: root, and the lab's accounts, each with its home. */
final class DeviceUsers {
    private DeviceUsers() {}

    static boolean exists(DeviceState state, String user) {
        return user.equals("root") || state.lab().device().accounts().stream().map(LabFile.Account::user).anyMatch(user::equals);
    }

    static String home(String user) {
        return user.equals("root") ? "/root" : "/home/" + user;
    }
}
