package org.onrecord.cli;

import org.onrecord.app.AppServices;
import picocli.CommandLine;

/** Gives every command the one set of services (constructor injection, wired by hand). */
final class ServicesFactory implements CommandLine.IFactory {
    private final AppServices services;

    ServicesFactory(AppServices services) {
        this.services = services;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(AppServices.class).newInstance(services);
        } catch (NoSuchMethodException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
